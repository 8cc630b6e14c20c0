import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, LIMITS, STORAGE_KEY, exportJson, progressOf, type ProgressDoc } from '../../src/lib/progress/doc';
import { ProgressStore, type StorageLike } from '../../src/lib/progress/store';
import { readDoc } from '../../src/lib/progress/repair';
import { applyImport, restoreChanges } from '../../src/lib/progress/transfer';
import { previewImport } from '../../src/lib/progress/import';

/** An in-memory Storage; `quota` makes writes of large values throw like a full localStorage. */
class FakeStorage implements StorageLike {
  map = new Map<string, string>();
  /** Set to make every write fail the way a browser that refuses storage does. */
  refuse = false;
  constructor(public quota = Infinity) {}
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.refuse) throw new DOMException('The operation is insecure.', 'SecurityError');
    const used = [...this.map.entries()].filter(([key]) => key !== k).reduce((n, [, val]) => n + val.length, 0);
    if (used + v.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const now = () => new Date('2026-11-28T10:00:00Z');
const stored = (s: StorageLike) => JSON.parse(s.getItem(STORAGE_KEY)!) as ProgressDoc;
const validDoc = (extra: Partial<ProgressDoc> = {}): ProgressDoc => ({
  version: 4,
  tasks: {},
  ratings: {},
  notes: {},
  choices: {},
  includeAnyway: {},
  updatedAt: 'x',
  ...extra,
});
const kinds = (store: ProgressStore) => store.notices.map((n) => (n.reason ? `${n.kind}-${n.reason}` : n.kind));

describe('ProgressStore: reading and writing', () => {
  it('starts empty and saves a task state', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore(storage, now);
    expect(store.taskState('m01-install-python')).toBe('open');
    expect(store.setTask('m01-install-python', 'done')).toBe(true);
    const again = new ProgressStore(storage, now);
    expect(again.taskState('m01-install-python')).toBe('done');
    expect(again.notices).toEqual([]);
    expect(again.unsaved).toBe(false);
  });

  it('keeps the states of tasks that are no longer in the content', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(validDoc({ tasks: { 'm01-removed': 'done', 'm01-a': 'skipped' } })));
    const store = new ProgressStore(storage, now);
    store.setTask('m01-a', 'open');
    expect(stored(storage).tasks).toEqual({ 'm01-removed': 'done' });
    expect(progressOf(store.doc, ['m01-a', 'm01-b'])).toEqual({ done: 0, inProgress: 0, skipped: 0, total: 2, percent: 0 });
  });

  it('drops fields this version does not know, so a stray "__proto__" never reaches the live document', () => {
    const storage = new FakeStorage();
    storage.setItem(
      STORAGE_KEY,
      '{"version":2,"tasks":{},"ratings":{},"notes":{},"updatedAt":"x","__proto__":{"startDate":"9999-12-31"},"theme":"dark"}',
    );
    const store = new ProgressStore(storage, now);
    expect(Object.getPrototypeOf(store.doc)).toBe(Object.prototype);
    expect(store.doc.startDate).toBeUndefined();
    expect(Object.keys(store.doc)).not.toContain('theme');
  });
});

describe('ProgressStore: unreadable data is backed up, offered and restorable (D3)', () => {
  it('keeps corrupt JSON as a backup, works, and offers the backup', async () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, '{"version":2,"tasks":{');
    const store = new ProgressStore(storage, now);
    await store.ready;
    expect(store.doc.tasks).toEqual({});
    expect(store.notices).toEqual([{ kind: 'backup', backupKey: `${BACKUP_PREFIX}2026-11-28T10:00:00.000Z` }]);
    expect(store.backup(store.notices[0]!.backupKey!)).toBe('{"version":2,"tasks":{');
    expect(store.setTask('m01-a', 'done')).toBe(true);
  });

  it('offers the backup on every later page load until it is deleted', async () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, '"not a document"');
    await new ProgressStore(storage, now).ready;
    const later = new ProgressStore(storage, now);
    await later.ready;
    expect(kinds(later)).toEqual(['backup']);
    later.dropBackup(later.notices[0]!.backupKey!);
    expect(later.notices).toEqual([]);
    expect(new ProgressStore(storage, now).notices).toEqual([]);
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
    expect(storage.getItem(store.notices[0]!.backupKey!)).toBe(raw);
  });

  it('keeps every finished task of a version 1 document with one bad value', async () => {
    const storage = new FakeStorage();
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, done: ['m01-setup-python-jupyter', null, 'm01-python-tutorial-core'], ratings: { sql: 3, r: 7 } }),
    );
    const store = new ProgressStore(storage, now);
    await store.ready;
    expect(store.doc.tasks).toEqual({ 'm01-setup-python-jupyter': 'done', 'm01-python-tutorial-core': 'done' });
    expect(store.doc.ratings).toEqual({ sql: 3 });
    expect(kinds(store)).toEqual(['backup']);
  });

  it('migrates a clean version 1 document without a backup', async () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, done: ['m01-a', 'm02-b'], ratings: { sql: 2 } }));
    const store = new ProgressStore(storage, now);
    await store.ready;
    expect(store.doc.tasks).toEqual({ 'm01-a': 'done', 'm02-b': 'done' });
    expect(store.notices).toEqual([]);
    expect(stored(storage).version).toBe(4);
  });

  it('writes nothing while an older or damaged document waits for its repair', async () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ version: 1, done: ['m01-a'] });
    storage.setItem(STORAGE_KEY, raw);
    const store = new ProgressStore(storage, now);
    expect(store.setTask('m02-b', 'done')).toBe(false);
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    await store.ready;
    expect(store.setTask('m02-b', 'done')).toBe(true);
    expect(stored(storage).tasks).toEqual({ 'm01-a': 'done', 'm02-b': 'done' });
  });

  it('overwrites nothing when the repair code cannot load, and says to reload', async () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ version: 1, done: ['m01-a'] });
    storage.setItem(STORAGE_KEY, raw);
    const store = new ProgressStore(storage, now, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await store.ready;
    expect(kinds(store)).toEqual(['no-repair']);
    expect(store.setTask('m02-b', 'done')).toBe(false);
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    expect([...storage.map.keys()]).toEqual([STORAGE_KEY]);
  });

  it('restoring a backup adds only what the current document lacks', () => {
    const backup = readDoc({ version: 1, done: ['m01-a', 'm01-b'], ratings: { sql: 9, r: 2 } }).doc;
    const current = validDoc({ tasks: { 'm01-a': 'skipped' }, ratings: { r: 3 } });
    expect(restoreChanges(current, backup)).toEqual([[['tasks', 'm01-b'], 'done']]);
  });
});

describe('ProgressStore: full or blocked storage (D1, U7)', () => {
  it('leaves damaged data untouched when storage is too full to back it up, and saves once there is room', async () => {
    const raw = JSON.stringify({ version: 2, tasks: { 'm01-a': 'finished', 'm01-c': 'done' } });
    const storage = new FakeStorage(raw.length + 10);
    storage.setItem(STORAGE_KEY, raw);
    const store = new ProgressStore(storage, now);
    await store.ready;
    expect(kinds(store)).toEqual(['no-backup']);
    expect(store.setTask('m01-b', 'done')).toBe(false);
    expect(store.taskState('m01-b')).toBe('done');
    expect(store.unsaved).toBe(true);
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    storage.quota = Infinity; // the person freed some space
    expect(store.setTask('m01-d', 'done')).toBe(true);
    expect(stored(storage).tasks).toEqual({ 'm01-c': 'done', 'm01-b': 'done', 'm01-d': 'done' });
    expect(kinds(store)).toEqual(['backup']);
    expect(store.backup(store.notices[0]!.backupKey!)).toBe(raw);
  });

  it('keeps a change in memory when storage is full, and says why', () => {
    const storage = new FakeStorage(400);
    const store = new ProgressStore(storage, now);
    expect(store.setTask('m01-a', 'done')).toBe(true);
    expect(store.set([['notes', 'month-01'], 'x'.repeat(500)])).toBe(false);
    expect(store.doc.notes['month-01']).toHaveLength(500);
    expect(kinds(store)).toEqual(['unsaved-full']);
    expect(store.unsaved).toBe(true);
    expect(store.setTask('m01-a', 'in-progress')).toBe(false);
    expect(stored(storage).tasks).toEqual({ 'm01-a': 'done' });
  });

  it('does not blame full storage when the browser refuses writes for another reason', () => {
    const storage = new FakeStorage();
    storage.refuse = true;
    const store = new ProgressStore(storage, now);
    expect(store.setTask('m01-a', 'done')).toBe(false);
    expect(kinds(store)).toEqual(['unsaved-refused']);
  });

  it('works without storage at all (disabled or blocked) and says so', () => {
    const store = new ProgressStore(null, now);
    expect(kinds(store)).toEqual(['unavailable']);
    expect(store.setTask('m01-a', 'in-progress')).toBe(false);
    expect(store.taskState('m01-a')).toBe('in-progress');
  });

  it('works when reading storage throws', () => {
    const denied = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const store = new ProgressStore({ getItem: denied, setItem: denied, removeItem: denied, key: denied, length: 0 }, now);
    expect(kinds(store)).toEqual(['unavailable']);
  });
});

describe('ProgressStore: a newer version is never overwritten (D4)', () => {
  const newer = JSON.stringify({
    version: 5,
    tasks: { 'm01-a': 'done' },
    ratings: { sql: 2 },
    notes: {},
    choices: {},
    includeAnyway: {},
    goals: ['x'],
    updatedAt: 'x',
  });

  it('shows what it can, read-only, and writes nothing, not even a backup', async () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, newer);
    const store = new ProgressStore(storage, now);
    await store.ready;
    expect(store.doc.tasks).toEqual({ 'm01-a': 'done' });
    expect(kinds(store)).toEqual(['newer']);
    expect(store.setTask('m01-b', 'done')).toBe(false);
    expect(store.unsaved).toBe(true);
    expect([...storage.map.entries()]).toEqual([[STORAGE_KEY, newer]]);
  });

  it('an open old tab leaves a newer tab’s write alone', async () => {
    const storage = new FakeStorage();
    const old = new ProgressStore(storage, now);
    old.setTask('m01-a', 'done');
    storage.setItem(STORAGE_KEY, newer); // a newer release, open in another tab, migrates and writes
    old.syncFromStorage(STORAGE_KEY);
    await old.ready;
    old.setTask('m01-c', 'done');
    expect([...storage.map.entries()]).toEqual([[STORAGE_KEY, newer]]);
  });
});

/**
 * Two tabs, each with its own view of storage: a write reaches the other tab only when `deliver`
 * runs, as with a browser that hands writes to other tabs a moment later, through a storage event.
 */
function twoTabs() {
  const views = [new FakeStorage(), new FakeStorage()] as const;
  const queue: [number, string][] = [];
  const shared = (i: 0 | 1): StorageLike => ({
    get length() {
      return views[i].length;
    },
    key: (n) => views[i].key(n),
    getItem: (k) => views[i].getItem(k),
    removeItem: (k) => views[i].removeItem(k),
    setItem: (k, v) => {
      views[i].setItem(k, v);
      queue.push([1 - i, v]);
    },
  });
  const tabs = [new ProgressStore(shared(0), now), new ProgressStore(shared(1), now)] as const;
  const deliver = () => {
    while (queue.length) {
      const [to, value] = queue.shift()!;
      views[to as 0 | 1].map.set(STORAGE_KEY, value);
      tabs[to as 0 | 1].syncFromStorage(STORAGE_KEY);
    }
  };
  return { tabs, views, deliver };
}

describe('ProgressStore: two tabs never lose each other’s changes (D2)', () => {
  it('keeps both changes when two tabs change different tasks at the same moment', () => {
    const { tabs, views, deliver } = twoTabs();
    tabs[0].setTask('m01-setup-python-jupyter', 'done');
    tabs[1].setTask('m01-python-tutorial-core', 'done');
    deliver();
    const both = { 'm01-setup-python-jupyter': 'done', 'm01-python-tutorial-core': 'done' };
    for (const t of tabs) expect(t.doc.tasks).toEqual(both);
    for (const v of views) expect(stored(v).tasks).toEqual(both);
  });

  it('lets the other tab’s later change to the same task win', () => {
    const { tabs, deliver } = twoTabs();
    tabs[0].setTask('m01-a', 'done');
    deliver();
    tabs[1].setTask('m01-a', 'skipped');
    deliver();
    for (const t of tabs) expect(t.taskState('m01-a')).toBe('skipped');
  });

  it('re-reads storage before writing, so a write already visible is never overwritten', () => {
    const storage = new FakeStorage();
    const a = new ProgressStore(storage, now);
    const b = new ProgressStore(storage, now);
    a.setTask('m01-a', 'done');
    b.set([['ratings', 'sql'], 3]); // no storage event has reached b yet
    expect(stored(storage)).toMatchObject({ tasks: { 'm01-a': 'done' }, ratings: { sql: 3 } });
  });
});

describe('export and import', () => {
  it('round-trips: export then import restores the same document', () => {
    const a = new ProgressStore(new FakeStorage(), now);
    a.setTask('m01-a', 'done');
    a.setTask('m01-b', 'in-progress');
    a.set([['ratings', 'sql'], 3], [['role'], 'clinical-data-scientist'], [['startDate'], '2026-12-01'], [['hoursPerWeek'], 10]);
    const preview = previewImport(exportJson(a.doc));
    expect(preview).toMatchObject({
      ok: true,
      summary: {
        tasksDone: 1,
        tasksInProgress: 1,
        tasksSkipped: 0,
        ratings: 1,
        notes: 0,
        role: 'clinical-data-scientist',
        startDate: '2026-12-01',
        hoursPerWeek: 10,
      },
    });
    expect(preview).not.toHaveProperty('damagedAt');
    const b = new ProgressStore(new FakeStorage(), now);
    expect(applyImport(b, preview as Extract<typeof preview, { ok: true }>)).toBe(true);
    expect(b.doc).toEqual(a.doc);
  });

  it.each([
    ['not json at all', 'This file is not JSON. Choose a file exported from this site (progress.json).'],
    ['{"app":"other-app","data":{}}', 'This file was exported by a different application.'],
    ['[1,2,3]', 'This file does not contain saved progress from this site.'],
    [
      '{"version":99,"tasks":{}}',
      'This file is from a newer version of the site (version 99). Reload the page to get the newest version, then import it again.',
    ],
    [
      '{"version":2,"tasks":{"a":"bogus"},"ratings":{},"notes":{},"updatedAt":"x"}',
      'This file is damaged (first at: tasks → a) and nothing in it can be read.',
    ],
    ['{"version":1,"done":"m01-a"}', 'This file is damaged (first at: done) and nothing in it can be read.'],
  ])('refuses a bad file (%s) with a clear message', (text, error) => {
    expect(previewImport(text)).toEqual({ ok: false, error });
  });

  it('imports a version 1 document and reports the migration', () => {
    expect(previewImport(JSON.stringify({ version: 1, done: ['m01-a'] }))).toMatchObject({
      ok: true,
      migratedFrom: 1,
      summary: { tasksDone: 1 },
    });
  });

  it('previews what a damaged file or a downloaded backup still holds (D3)', () => {
    const preview = previewImport(
      JSON.stringify({ version: 2, tasks: { 'm01-a': 'done', 'm01-b': 'bogus' }, ratings: {}, notes: {}, updatedAt: 'x' }),
    );
    expect(preview).toMatchObject({ ok: true, damagedAt: 'tasks → m01-b', summary: { tasksDone: 1 } });
  });

  it('drops an impossible or unreadable start date and says where (B1, U2)', () => {
    for (const day of ['2026-02-30', '2026-13-45', '9999-06-01']) {
      const preview = previewImport(JSON.stringify(validDoc({ tasks: { 'm01-a': 'done' }, startDate: day, hoursPerWeek: 10 })));
      expect(preview).toMatchObject({ ok: true, damagedAt: 'startDate', summary: { tasksDone: 1, hoursPerWeek: 10 } });
      expect(preview.ok && preview.doc.startDate).toBeUndefined();
    }
  });

  it('a top-level "__proto__" in a file cannot change the document’s prototype (B3)', () => {
    const text =
      '{"app":"healthcare-ai-skills-matrix","data":{"version":2,"tasks":{},"ratings":{},"notes":{},"updatedAt":"x","__proto__":{"startDate":"9999-12-31","hoursPerWeek":10}}}';
    const preview = previewImport(text);
    expect(preview.ok).toBe(true);
    const store = new ProgressStore(new FakeStorage(), now);
    if (preview.ok) applyImport(store, preview);
    expect(Object.getPrototypeOf(store.doc)).toBe(Object.prototype);
    expect(store.doc.startDate).toBeUndefined();
  });

  it('refuses files past the limits, saying which (B4)', () => {
    const tasks = Object.fromEntries(Array.from({ length: LIMITS.tasks + 1 }, (_, i) => [`t${i}`, 'done' as const]));
    expect(previewImport(JSON.stringify(validDoc({ tasks })))).toEqual({
      ok: false,
      error: 'This file is larger than the site allows. It holds 2,001 task states; the site keeps at most 2,000.',
    });
    expect(previewImport(JSON.stringify(validDoc({ notes: { m1: 'x'.repeat(LIMITS.noteLength + 1) } })))).toMatchObject({
      ok: false,
      error: expect.stringContaining('longer than 10,000 characters') as unknown,
    });
  });

  it('says nothing was replaced when the import cannot be saved (U1)', () => {
    const storage = new FakeStorage(1000);
    const store = new ProgressStore(storage, now);
    store.setTask('m01-a', 'done');
    const before = storage.getItem(STORAGE_KEY);
    const preview = previewImport(JSON.stringify(validDoc({ notes: { m1: 'x'.repeat(5000) } })));
    expect(preview.ok && applyImport(store, preview)).toBe(false);
    expect(store.taskState('m01-a')).toBe('done');
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });

  it('replace means replace: fields the file lacks are cleared (U6)', () => {
    const store = new ProgressStore(new FakeStorage(), now);
    store.set([['role'], 'clinical-data-scientist'], [['hoursPerWeek'], 12], [['startDate'], '2026-01-05']);
    const preview = previewImport(JSON.stringify(validDoc({ tasks: { 'm01-a': 'done' } })));
    if (preview.ok) applyImport(store, preview);
    expect(store.doc).toMatchObject({ tasks: { 'm01-a': 'done' } });
    expect(store.doc).not.toHaveProperty('role');
    expect(store.doc).not.toHaveProperty('hoursPerWeek');
    expect(store.doc).not.toHaveProperty('startDate');
  });
});

describe('readDoc', () => {
  it('treats a non-object as damaged and returns an empty document', () => {
    expect(readDoc('hello', now()).damaged).toBe(true);
    expect(readDoc(null, now()).doc.tasks).toEqual({});
  });

  it('keeps at most the limit of entries from a damaged document', () => {
    const tasks = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`t${i}`, 'done']));
    const result = readDoc({ version: 2, tasks, ratings: {}, notes: {}, updatedAt: 'x' });
    expect(result.damaged).toBe(true);
    expect(Object.keys(result.doc.tasks)).toHaveLength(LIMITS.tasks);
  });
});

describe('version 2 → 4: progress saved before tracks is still there after them', () => {
  const v2 = {
    version: 2,
    tasks: { 'm01-setup-python-jupyter': 'done', 'm02-a': 'in-progress', 'm03-b': 'skipped' },
    ratings: { sql: 3, 'python-ecosystem': 2 },
    role: 'healthcare-ml-engineer',
    hoursPerWeek: 12,
    startDate: '2026-09-07',
    notes: { 'month-1': 'Finished early' },
    updatedAt: '2026-11-01T08:00:00.000Z',
  };
  const asV3 = { ...v2, version: 4, choices: {}, includeAnyway: {} };

  it('migrates a stored version 2 document on load, without the repair code, and stores it as version 4', async () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(v2));
    const store = new ProgressStore(storage, now, () => Promise.reject(new Error('offline')));
    await store.ready;
    expect(store.doc).toEqual(asV3);
    expect(kinds(store)).toEqual([]);
    expect(stored(storage)).toEqual(asV3);
    expect(store.backups()).toEqual([]);
  });

  it('keeps the version 2 original readable when storage refuses the migrated copy, and says nothing is wrong', async () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify(v2);
    storage.setItem(STORAGE_KEY, raw);
    storage.refuse = true;
    const store = new ProgressStore(storage, now);
    await store.ready;
    expect(store.doc).toEqual(asV3);
    expect(store.unsaved).toBe(false);
    expect(kinds(store)).toEqual([]);
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
  });

  it('migrates a version 2 document another tab (an older release) writes', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore(storage, now);
    storage.setItem(STORAGE_KEY, JSON.stringify(v2));
    store.syncFromStorage(STORAGE_KEY);
    expect(store.doc).toEqual(asV3);
    store.set([['choices', 'cloud'], 'azure']);
    expect(stored(storage)).toEqual({ ...asV3, choices: { cloud: 'azure' }, updatedAt: now().toISOString() });
  });

  it('reads version 1 and 2 through the repair code as well, marking the migration', () => {
    expect(readDoc(v2)).toEqual({ doc: asV3, damaged: false, migratedFrom: 2 });
    expect(readDoc({ version: 1, done: ['m01-a'] }, now())).toMatchObject({
      doc: { version: 4, tasks: { 'm01-a': 'done' }, choices: {}, includeAnyway: {} },
      damaged: false,
      migratedFrom: 1,
    });
  });

  it('salvages the readable choices of a damaged document', () => {
    const { doc, damaged } = readDoc({
      ...asV3,
      tasks: { 'm01-a': 'finished' },
      choices: { cloud: 'azure', 'dl-framework': 'Py Torch', 7: 'x' },
    });
    expect(damaged).toBe(true);
    expect(doc.choices).toEqual({ cloud: 'azure', 7: 'x' });
  });

  it('imports a version 2 export and a current one with its choices', () => {
    const fromV2 = previewImport(JSON.stringify({ app: 'healthcare-ai-skills-matrix', exportedAt: 'x', data: v2 }));
    expect(fromV2).toMatchObject({ ok: true, migratedFrom: 2, doc: asV3 });
    expect(fromV2).not.toHaveProperty('damagedAt');
    const v4 = { ...asV3, choices: { cloud: 'google-cloud' } };
    const back = previewImport(exportJson(v4 as ProgressDoc));
    expect(back).toMatchObject({ ok: true, doc: v4 });
    expect(back).not.toHaveProperty('migratedFrom');
  });

  it('refuses an import with more choices than the limit', () => {
    const choices = Object.fromEntries(Array.from({ length: LIMITS.choices + 1 }, (_, i) => [`g${i}`, 'a']));
    const result = previewImport(JSON.stringify({ ...asV3, choices }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('choices between alternatives');
  });

  it('restoring a backup adds the choices the current document lacks', () => {
    const current = { ...asV3, choices: { cloud: 'aws' } } as ProgressDoc;
    const backup = { ...asV3, choices: { cloud: 'azure', 'dl-framework': 'tensorflow' } } as ProgressDoc;
    expect(restoreChanges(current, backup)).toEqual([[['choices', 'dl-framework'], 'tensorflow']]);
  });

  it('still never writes over a newer document', async () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ ...asV3, version: 5 });
    storage.setItem(STORAGE_KEY, newer);
    const store = new ProgressStore(storage, now);
    await store.ready;
    expect(store.set([['role'], 'clinical-data-scientist'])).toBe(false);
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
  });
});

describe('version 3 → 4: the skills kept in the plan anyway are stored with the rest', () => {
  const v3 = {
    version: 3,
    tasks: { 'm01-setup-python-jupyter': 'done', 'm04-load-mimic-demo': 'in-progress' },
    ratings: { sql: 3, 'python-ecosystem': 2 },
    role: 'healthcare-ml-engineer',
    hoursPerWeek: 10,
    startDate: '2026-10-05',
    notes: { 'month-4': 'MIMIC access pending' },
    choices: { cloud: 'azure', 'dl-framework': 'tensorflow' },
    updatedAt: '2026-11-20T08:00:00.000Z',
  };
  const asV4 = { ...v3, version: 4, includeAnyway: {} };

  it('migrates a stored version 3 document on load, without the repair code, keeping its choices', async () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(v3));
    const store = new ProgressStore(storage, now, () => Promise.reject(new Error('offline')));
    await store.ready;
    expect(store.doc).toEqual(asV4);
    expect(kinds(store)).toEqual([]);
    expect(stored(storage)).toEqual(asV4);
    store.set([['includeAnyway', 'sql'], true]);
    expect(stored(storage)).toEqual({ ...asV4, includeAnyway: { sql: true }, updatedAt: now().toISOString() });
  });

  it('migrates a version 3 document another tab (an older release) writes, keeping this tab’s recent change', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore(storage, now);
    store.set([['includeAnyway', 'python-ecosystem'], true]);
    storage.setItem(STORAGE_KEY, JSON.stringify(v3));
    store.syncFromStorage(STORAGE_KEY);
    expect(store.doc.choices).toEqual(v3.choices);
    expect(store.doc.includeAnyway).toEqual({ 'python-ecosystem': true });
    expect(stored(storage).includeAnyway).toEqual({ 'python-ecosystem': true });
  });

  it('reads version 3 through the repair code and imports, marking the migration; a version 3 without choices is damaged', () => {
    expect(readDoc(v3)).toEqual({ doc: asV4, damaged: false, migratedFrom: 3 });
    expect(previewImport(exportJson(v3 as unknown as ProgressDoc))).toMatchObject({ ok: true, migratedFrom: 3, doc: asV4 });
    const { choices: _c, ...noChoices } = v3;
    expect(readDoc(noChoices)).toMatchObject({ damaged: true, doc: { tasks: v3.tasks, ratings: v3.ratings, choices: {} } });
    // A version 3 document never carried includeAnyway: one that does was not written by the site.
    expect(readDoc({ ...v3, includeAnyway: { sql: true } }).damaged).toBe(true);
  });

  it('salvages the readable skills kept in the plan of a damaged document, and refuses an import over the limit', () => {
    const { doc, damaged } = readDoc({
      ...asV4,
      tasks: { 'm01-a': 'finished' },
      includeAnyway: { sql: true, hipaa: 'yes', 'Bad Id': true },
    });
    expect(damaged).toBe(true);
    expect(doc.includeAnyway).toEqual({ sql: true });
    const includeAnyway = Object.fromEntries(Array.from({ length: LIMITS.includeAnyway + 1 }, (_, i) => [`s${i}`, true]));
    const result = previewImport(JSON.stringify({ ...asV4, includeAnyway }));
    expect(!result.ok && result.error).toContain('skills kept in the plan');
  });

  it('restoring a backup adds the skills kept in the plan that the current document lacks', () => {
    const current = { ...asV4, includeAnyway: { sql: true } } as ProgressDoc;
    const backup = { ...asV4, includeAnyway: { sql: true, hipaa: true } } as ProgressDoc;
    expect(restoreChanges(current, backup)).toEqual([[['includeAnyway', 'hipaa'], true]]);
  });
});
