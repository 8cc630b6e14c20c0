/**
 * The progress store: the only state the site keeps, one versioned JSON document in localStorage.
 *
 * Guarantees, each unit-tested (tests/unit/progress-store.test.ts):
 * - A stored document is checked with `isProgressDoc` (held to the zod/mini schema of record); a
 *   valid version 2 or 3 document is migrated on the spot (no repair code needed) and stored as the
 *   current version;
 *   anything else goes to repair.ts, loaded only then, and nothing is written until it is done.
 * - Unreadable data is never wiped: the raw text is copied to a backup key first, and every page
 *   with progress offers the backup until the person restores or deletes it.
 * - A document from a newer version of the site is never written over: it is shown read-only.
 * - When the repair code cannot load (offline, or a deploy replaced it), nothing is written.
 * - Writes never clobber another tab's: each change is a set of field edits applied to the latest
 *   stored document, and this tab's recent edits are re-applied when another tab's write arrives,
 *   unless that tab changed the same field itself.
 * - Storage that is missing, blocked or full leaves the page working in memory; `unsaved` says so,
 *   and the page shows it next to the control and offers a download.
 * - The first save where nothing was stored dispatches FIRST_SAVE_EVENT on `window`, so the page
 *   can ask the browser to keep storage (tests/unit/offline.test.ts); the document is unchanged.
 */
import {
  BACKUP_PREFIX,
  FIRST_SAVE_EVENT,
  STORAGE_KEY,
  canonicalDoc,
  emptyDoc,
  newerVersion,
  type ProgressDoc,
  type TaskState,
} from './doc';
import { asCurrentDoc } from './migrate';
import type { ReadResult } from './repair';
import repairUrl from 'lazy-chunk:./repair.ts';

/**
 * Something the person should know about their stored data; the page words it
 * (ProgressNotices.astro).
 * - `backup`: an unreadable original was kept under `backupKey`; offered until restored or deleted.
 * - `no-backup`: data could not be read and storage is too full to back it up, so it was left
 *   untouched and changes are not saved until there is room.
 * - `newer`: the stored document comes from a newer version of the site; shown read-only.
 * - `no-repair`: older or damaged data waits for code that could not load; nothing was changed.
 * - `unavailable`: this browser blocks storage.
 * - `unsaved`: the latest change could not be stored (`full`: out of space; `refused`: otherwise).
 */
export type NoticeKind = 'backup' | 'no-backup' | 'newer' | 'no-repair' | 'unavailable' | 'unsaved';
export interface Notice {
  kind: NoticeKind;
  backupKey?: string;
  reason?: 'full' | 'refused';
}

/** Where a field of the document is: a top-level field, or an entry of a record field. */
export type FieldPath =
  readonly ['tasks' | 'ratings' | 'notes' | 'choices' | 'includeAnyway', string] | readonly ['role' | 'hoursPerWeek' | 'startDate'];
/** One change: the field, its new value (undefined removes it) and the value it replaced. */
interface Edit {
  path: FieldPath;
  value: unknown;
  before: unknown;
  at: number;
}

/** How long this tab's own edits are re-applied over another tab's write that missed them. */
const RECENT_MS = 3000;

/** The parts of the Web Storage API the store uses; tests pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** localStorage, or null where it is missing or blocked (private modes, sandboxed frames). */
export function browserStorage(): StorageLike | null {
  try {
    const s = globalThis.localStorage;
    s.getItem(STORAGE_KEY); // throws where storage is blocked
    return s;
  } catch {
    return null;
  }
}

const get = (d: ProgressDoc, [field, key]: FieldPath): unknown =>
  key === undefined ? d[field as 'role'] : Object.hasOwn(d[field as 'tasks'], key) ? d[field as 'tasks'][key] : undefined;
function put(d: ProgressDoc, [field, key]: FieldPath, value: unknown): void {
  const target = (key === undefined ? d : d[field as 'tasks']) as Record<string, unknown>;
  const name = key ?? field;
  if (value === undefined) delete target[name];
  else target[name] = value;
}
const parse = (raw: string | null): unknown => {
  try {
    return raw === null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
};

type Listener = (doc: ProgressDoc) => void;
const loadRepair = () => import(/* @vite-ignore */ repairUrl) as Promise<typeof import('./repair')>;

/** Holds the document in memory, persists each change, and tells listeners. */
export class ProgressStore {
  doc: ProgressDoc;
  notices: Notice[] = [];
  /** True while a change exists only on this page. */
  unsaved = false;
  /**
   * Settles once the stored document has been read. A valid current document is read at once; an
   * older, newer or damaged one waits for the repair code. Wire controls after this.
   */
  ready!: Promise<void>;
  private listeners = new Set<Listener>();
  private loads = 0;
  /** Why nothing may be written: the stored original awaits repair, is newer, or has no backup. */
  private hold: 'repair' | 'newer' | 'no-repair' | 'no-backup' | undefined;
  /** The raw text of the stored document as last read or written. */
  private seen: string | null = null;
  private recent: Edit[] = [];
  /** The unreadable original waiting for a backup, while storage is too full for one. */
  private pendingBackup: string | undefined;

  constructor(
    private storage: StorageLike | null,
    private now: () => Date = () => new Date(),
    /** Loads the repair code; tests pass one that fails. */
    private repair: () => Promise<Pick<typeof import('./repair'), 'readDoc'>> = loadRepair,
  ) {
    this.doc = emptyDoc(now());
    this.load();
  }

  /** (Re)reads the stored document; see `ready`. */
  load(): void {
    const load = ++this.loads;
    this.hold = undefined;
    this.ready = Promise.resolve();
    this.notices = this.notices.filter((n) => n.kind === 'unsaved');
    if (!this.storage) return this.addNotice({ kind: 'unavailable' });
    let raw: string | null;
    try {
      raw = this.storage.getItem(STORAGE_KEY);
    } catch {
      this.storage = null;
      return this.load();
    }
    this.seen = raw;
    this.offerBackup();
    if (raw === null) return void (this.doc = emptyDoc(this.now()));
    const value = parse(raw);
    const current = asCurrentDoc(value);
    if (current) {
      this.doc = current;
      if ((value as { version?: unknown }).version !== current.version) this.storeMigrated();
      return;
    }
    const newer = newerVersion(value) !== undefined;
    this.hold = newer ? 'newer' : 'repair';
    if (newer) this.addNotice({ kind: 'newer' });
    this.doc = emptyDoc(this.now());
    this.ready = this.repair()
      .then((m) => m.readDoc(value, this.now()))
      .then(
        (result) => {
          if (load === this.loads) this.settle(raw, result, newer);
        },
        () => {
          // Without the repair code (offline, or replaced by a deploy) nothing is written at all.
          if (load !== this.loads || newer) return;
          this.hold = 'no-repair';
          this.addNotice({ kind: 'no-repair' });
        },
      );
  }

  /**
   * Stores a version 2 or 3 document as the current version (the same fields plus the empty ones
   * later versions added) at once. When
   * storage refuses, the old document stays readable, so nothing is lost and nothing is flagged:
   * the next change tries again.
   */
  private storeMigrated(): void {
    const text = JSON.stringify(this.doc);
    try {
      this.storage?.setItem(STORAGE_KEY, text);
      this.seen = text;
    } catch {
      // Left as it was; read and migrated again next time.
    }
  }

  /** Takes a migrated, repaired or (read-only) newer document, backing up a damaged original first. */
  private settle(raw: string, result: ReadResult, newer: boolean): void {
    this.doc = result.doc;
    if (newer) return;
    this.hold = undefined;
    if (result.damaged && !this.backUp(raw)) return;
    this.persist();
  }

  /** Copies an unreadable original to a backup key; when storage is too full, holds every write. */
  private backUp(raw: string): boolean {
    const key = `${BACKUP_PREFIX}${this.now().toISOString()}`;
    try {
      this.storage?.setItem(key, raw);
    } catch {
      this.pendingBackup = raw;
      this.hold = 'no-backup';
      this.addNotice({ kind: 'no-backup' });
      return false;
    }
    this.pendingBackup = undefined;
    this.notices = this.notices.filter((n) => n.kind !== 'no-backup');
    this.offerBackup();
    return true;
  }

  /** Every backup key, newest first. */
  backups(): string[] {
    const keys: string[] = [];
    try {
      for (let i = 0; i < (this.storage?.length ?? 0); i++) {
        const k = this.storage?.key(i);
        if (k?.startsWith(BACKUP_PREFIX)) keys.push(k);
      }
    } catch {
      // Storage that cannot be listed has no backups to offer.
    }
    return keys.sort().reverse();
  }

  /** Offers the newest backup, if there is one. */
  private offerBackup(): void {
    this.notices = this.notices.filter((n) => n.kind !== 'backup');
    const [backupKey] = this.backups();
    if (backupKey) this.addNotice({ kind: 'backup', backupKey });
  }

  /** The raw text of a backup, for download or restore. */
  backup(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  /** Deletes a backup (after the person restored or dismissed it) and offers the next one. */
  dropBackup(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // Left in place; it will be offered again.
    }
    this.offerBackup();
    this.emit();
  }

  private addNotice(n: Notice): void {
    this.notices = this.notices.filter((x) => x.kind !== n.kind || (n.kind === 'backup' && x.backupKey !== n.backupKey));
    this.notices.push(n);
  }

  /**
   * Applies this tab's recent edits that `base` lacks (its field still holds the value the edit
   * replaced), so a write from another tab that crossed ours does not undo it.
   */
  private rebase(base: ProgressDoc): boolean {
    const since = this.now().getTime() - RECENT_MS;
    this.recent = this.recent.filter((e) => e.at >= since);
    let changed = false;
    for (const e of this.recent) {
      const there = get(base, e.path);
      if (there !== e.value && there === e.before) {
        put(base, e.path, e.value);
        changed = true;
      }
    }
    return changed;
  }

  /** The latest stored document when another tab has written since this one last looked. */
  private latest(): ProgressDoc | undefined {
    let raw: string | null;
    try {
      raw = this.storage?.getItem(STORAGE_KEY) ?? null;
    } catch {
      return undefined;
    }
    if (raw === this.seen) return undefined;
    const doc = asCurrentDoc(parse(raw));
    if (doc) {
      this.seen = raw;
      return doc;
    }
    // Another tab stored something this version cannot write over: read it again from scratch.
    this.load();
    return undefined;
  }

  /** Writes the document; on failure keeps it in memory and raises an 'unsaved' notice. */
  private persist(): boolean {
    if (!this.storage || this.hold) {
      if (this.hold === 'no-backup' && this.pendingBackup !== undefined && this.backUp(this.pendingBackup)) this.hold = undefined;
      else return this.markUnsaved(this.storage ? 'refused' : undefined);
    }
    const text = JSON.stringify(this.doc);
    const first = this.seen === null;
    try {
      this.storage!.setItem(STORAGE_KEY, text);
    } catch (e) {
      return this.markUnsaved(e instanceof DOMException && e.name === 'QuotaExceededError' ? 'full' : 'refused');
    }
    this.seen = text;
    // The person's first saved progress: the page asks the browser to keep it (OfflineSupport.astro).
    if (first) globalThis.dispatchEvent?.(new Event(FIRST_SAVE_EVENT));
    this.unsaved = false;
    this.notices = this.notices.filter((n) => n.kind !== 'unsaved');
    return true;
  }

  private markUnsaved(reason: Notice['reason']): false {
    this.unsaved = true;
    // Blocked storage and read-only documents have notices of their own.
    if (reason && this.hold !== 'newer') this.addNotice({ kind: 'unsaved', reason });
    return false;
  }

  /**
   * Sets fields of the document, applied to the latest stored version, then saves and notifies.
   * Returns whether it was saved.
   */
  set(...changes: [FieldPath, unknown][]): boolean {
    if (this.hold === 'repair') return false; // controls are wired after `ready`; nothing to apply to yet
    const at = this.now().getTime();
    const next = this.latest() ?? structuredClone(this.doc);
    this.rebase(next);
    for (const [path, value] of changes) {
      this.recent.push({ path, value, before: get(next, path), at });
      put(next, path, value);
    }
    next.updatedAt = this.now().toISOString();
    this.doc = next;
    const saved = this.persist();
    this.emit();
    return saved;
  }

  /**
   * Replaces the whole document (an import). When it cannot be saved, the document this page had
   * stays, and false says nothing was replaced.
   */
  replace(doc: ProgressDoc): boolean {
    const before = this.doc;
    this.doc = { ...canonicalDoc(doc), updatedAt: this.now().toISOString() };
    this.recent = [];
    if (this.persist()) {
      this.emit();
      return true;
    }
    this.doc = before;
    return false;
  }

  /** Sets one task's state; "open" removes it. */
  setTask(id: string, state: TaskState): boolean {
    return this.set([['tasks', id], state === 'open' ? undefined : state]);
  }

  taskState(id: string): TaskState {
    return this.doc.tasks[id] ?? 'open';
  }

  /** Handles a `storage` event from another tab. */
  syncFromStorage(key: string | null): void {
    if (key !== null && key !== STORAGE_KEY && !key.startsWith(BACKUP_PREFIX)) return;
    if (key?.startsWith(BACKUP_PREFIX)) return void (this.offerBackup(), this.emit());
    if (this.hold) {
      this.load();
      return void this.ready.then(() => this.emit());
    }
    const latest = this.latest();
    if (!latest) return void this.ready.then(() => this.emit());
    this.doc = latest;
    if (this.rebase(this.doc)) this.persist();
    this.emit();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l(this.doc);
  }
}
