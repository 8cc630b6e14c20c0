import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, ProgressStore, STORAGE_KEY, progressOf, type StorageLike } from '../../src/lib/progress-store';
import { readDoc } from '../../src/lib/progress-repair';
import { applyImport, exportJson } from '../../src/lib/progress-transfer';
import { previewImport } from '../../src/lib/progress-import';

/** An in-memory Storage; `quota` makes writes of large values throw like a full localStorage. */
class FakeStorage implements StorageLike {
  map = new Map<string, string>();
  constructor(private quota = Infinity) {}
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const used = [...this.map.entries()].filter(([key]) => key !== k).reduce((n, [, val]) => n + val.length, 0);
    if (used + v.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const now = () => new Date('2026-11-28T10:00:00Z');

describe('ProgressStore', () => {
  it('starts empty and saves a task state', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore(storage, now);
    expect(store.taskState('m01-install-python')).toBe('open');
    expect(store.setTask('m01-install-python', 'done')).toBe(true);
    const again = new ProgressStore(storage, now);
    expect(again.taskState('m01-install-python')).toBe('done');
    expect(again.notices).toEqual([]);
  });

  it('keeps corrupt JSON as a backup, works, and tells the person', async () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, '{"version":2,"tasks":{');
    const store = new ProgressStore(storage, now);
    await store.ready;
    expect(store.doc.tasks).toEqual({});
    expect(store.notices).toHaveLength(1);
    const notice = store.notices[0]!;
    expect(notice.kind).toBe('recovered');
    expect(notice.backupKey).toBe(`${BACKUP_PREFIX}2026-11-28T10:00:00.000Z`);
    expect(storage.getItem(notice.backupKey!)).toBe('{"version":2,"tasks":{');
    expect(store.backup(notice.backupKey!)).toBe('{"version":2,"tasks":{');
    expect(store.setTask('m01-a', 'done')).toBe(true);
  });

  it('salvages the readable parts of a document with the wrong shape', async () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ version: 2, tasks: { 'm01-a': 'done', 'm01-b': 'finished' }, ratings: { sql: 3, r: 9 }, role: 42 });
    storage.setItem(STORAGE_KEY, raw);
    const store = new ProgressStore(storage, now);
    await store.ready;
    expect(store.doc.tasks).toEqual({ 'm01-a': 'done' });
    expect(store.doc.ratings).toEqual({ sql: 3 });
    expect(store.doc.role).toBeUndefined();
    expect(store.notices.map((n) => n.kind)).toEqual(['recovered']);
    expect(storage.getItem(store.notices[0]!.backupKey!)).toBe(raw);
  });

  it('migrates version 1 (finished task ids) without a notice of damage', async () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, done: ['m01-a', 'm02-b'], ratings: { sql: 2 } }));
    const store = new ProgressStore(storage, now);
    await store.ready;
    expect(store.doc.version).toBe(2);
    expect(store.doc.tasks).toEqual({ 'm01-a': 'done', 'm02-b': 'done' });
    expect(store.doc.ratings).toEqual({ sql: 2 });
    expect(store.notices).toEqual([]);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).version).toBe(2);
  });

  it('writes nothing while an older or damaged document waits for its repair', async () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ version: 1, done: ['m01-a'] });
    storage.setItem(STORAGE_KEY, raw);
    const store = new ProgressStore(storage, now);
    expect(store.setTask('m02-b', 'done')).toBe(false);
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    await store.ready;
    expect(store.doc.tasks).toEqual({ 'm01-a': 'done' });
    expect(store.setTask('m02-b', 'done')).toBe(true);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).tasks).toEqual({ 'm01-a': 'done', 'm02-b': 'done' });
  });

  it('backs up the whole document when the repair code cannot be loaded (offline)', async () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ version: 1, done: ['m01-a'] });
    storage.setItem(STORAGE_KEY, raw);
    const store = new ProgressStore(storage, now, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await store.ready;
    expect(store.notices).toEqual([{ kind: 'recovered', backupKey: `${BACKUP_PREFIX}2026-11-28T10:00:00.000Z` }]);
    expect(store.backup(store.notices[0]!.backupKey!)).toBe(raw);
    expect(store.setTask('m02-b', 'done')).toBe(true);
  });

  it('leaves damaged data untouched when storage is too full to back it up', async () => {
    const raw = JSON.stringify({ version: 2, tasks: { 'm01-a': 'finished' } });
    const storage = new FakeStorage(raw.length + 10);
    storage.setItem(STORAGE_KEY, raw);
    const store = new ProgressStore(storage, now);
    await store.ready;
    expect(store.notices).toEqual([{ kind: 'recovered' }]);
    expect(store.setTask('m01-b', 'done')).toBe(false);
    expect(store.taskState('m01-b')).toBe('done');
    expect(store.notices.map((n) => n.kind)).toEqual(['recovered', 'unsaved']);
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
  });

  it('keeps working in memory when storage is full, and says so', () => {
    const storage = new FakeStorage(400);
    const store = new ProgressStore(storage, now);
    expect(store.setTask('m01-a', 'done')).toBe(true);
    expect(store.update((d) => void (d.notes['month-01'] = 'x'.repeat(500)))).toBe(false);
    expect(store.doc.notes['month-01']).toHaveLength(500);
    expect(store.notices.map((n) => n.kind)).toEqual(['unsaved']);
    expect(store.taskState('m01-a')).toBe('done');
  });

  it('works without storage at all (disabled or blocked) and says so', () => {
    const store = new ProgressStore(null, now);
    expect(store.notices.map((n) => n.kind)).toEqual(['unavailable']);
    expect(store.setTask('m01-a', 'in-progress')).toBe(false);
    expect(store.taskState('m01-a')).toBe('in-progress');
  });

  it('works when reading storage throws', () => {
    const throwing: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    const store = new ProgressStore(throwing, now);
    expect(store.notices.map((n) => n.kind)).toEqual(['unavailable']);
  });

  it('keeps the states of tasks that are no longer in the content', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 2, tasks: { 'm01-removed': 'done', 'm01-a': 'skipped' }, ratings: {}, notes: {}, updatedAt: 'x' }));
    const store = new ProgressStore(storage, now);
    store.setTask('m01-a', 'open');
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).tasks).toEqual({ 'm01-removed': 'done' });
    expect(progressOf(store.doc, ['m01-a', 'm01-b'])).toEqual({ done: 0, inProgress: 0, skipped: 0, total: 2, percent: 0 });
  });

  it('follows a change made in another tab', async () => {
    const storage = new FakeStorage();
    const tabA = new ProgressStore(storage, now);
    const tabB = new ProgressStore(storage, now);
    const seen: string[] = [];
    tabB.subscribe((d) => seen.push(d.tasks['m03-sql'] ?? 'open'));
    tabA.setTask('m03-sql', 'done');
    tabB.syncFromStorage('unrelated-key');
    await tabB.ready;
    expect(seen).toEqual([]);
    tabB.syncFromStorage(STORAGE_KEY);
    await tabB.ready;
    expect(seen).toEqual(['done']);
    expect(tabB.taskState('m03-sql')).toBe('done');
  });
});

describe('export and import', () => {
  it('round-trips: export then import restores the same document', () => {
    const a = new ProgressStore(new FakeStorage(), now);
    a.setTask('m01-a', 'done');
    a.setTask('m01-b', 'in-progress');
    a.update((d) => {
      d.ratings['sql'] = 3;
      d.role = 'clinical-data-scientist';
      d.startDate = '2026-12-01';
      d.hoursPerWeek = 10;
    });
    const preview = previewImport(exportJson(a));
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.summary).toEqual({
      tasksDone: 1,
      tasksInProgress: 1,
      tasksSkipped: 0,
      ratings: 1,
      role: 'clinical-data-scientist',
      startDate: '2026-12-01',
    });
    const b = new ProgressStore(new FakeStorage(), now);
    applyImport(b, preview);
    expect(b.doc).toEqual(a.doc);
  });

  it.each([
    ['not json at all', 'This file is not JSON. Choose a file exported from this site (progress.json).'],
    ['{"app":"other-app","data":{}}', 'This file was exported by a different application.'],
    ['[1,2,3]', 'This file does not contain saved progress from this site.'],
    ['{"version":99,"tasks":{}}', 'This file is from a newer version of the site (version 99); reload the page and try again.'],
    ['{"version":2,"tasks":{"a":"bogus"},"ratings":{},"notes":{},"updatedAt":"x"}', 'Parts of this file are damaged or not in the expected format (first at: tasks → a), so nothing was imported.'],
    ['{"version":1,"done":"m01-a"}', 'Parts of this file are damaged or not in the expected format (first at: done), so nothing was imported.'],
  ])('refuses a bad file (%s) with a clear message', (text, error) => {
    expect(previewImport(text)).toEqual({ ok: false, error });
  });

  it('a refused import changes nothing', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore(storage, now);
    store.setTask('m01-a', 'done');
    const before = storage.getItem(STORAGE_KEY);
    const preview = previewImport('{"version":2}');
    expect(preview.ok).toBe(false);
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });

  it('imports a version 1 document and reports the migration', () => {
    const preview = previewImport(JSON.stringify({ version: 1, done: ['m01-a'] }));
    expect(preview).toMatchObject({ ok: true, migratedFrom: 1, summary: { tasksDone: 1 } });
  });
});

describe('readDoc', () => {
  it('treats a non-object as damaged and returns an empty document', () => {
    expect(readDoc('hello', now()).damaged).toBe(true);
    expect(readDoc(null, now()).doc.tasks).toEqual({});
  });
});

