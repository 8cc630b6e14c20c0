/**
 * The progress store: the only state the site keeps, one versioned JSON document in localStorage.
 *
 * Guarantees, each unit-tested:
 * - Reads are validated against the zod/mini schema in src/schemas/progress.ts; older versions are
 *   migrated forward.
 * - Unreadable data is never wiped: the raw text is copied to a backup key, whatever could be
 *   read is kept, and a notice offers the backup for download.
 * - Storage that is missing, blocked or full leaves the page working in memory, with a notice.
 * - Changes made in another tab arrive through the `storage` event (`syncFromStorage`).
 * - Task states are keyed by stable task id; ids no longer in the content are kept, not pruned.
 * - Export and import live in progress-transfer.ts, loaded only when used.
 */
// A stored document is checked against the zod/mini schema in src/schemas/progress.ts by a validator
// zod's compiler generated from it at build time: the same verdict as `schema.safeParse(value).success`,
// without zod's runtime (about 7 KiB gzip, more than a content page's whole 4 KiB JavaScript budget).
// Anything else (an older version, damaged data) goes to progress-repair.ts, loaded only then.
import validDoc from 'zod-compiled:../schemas/progress.ts?export=progressDocSchema';
import repairUrl from 'lazy-chunk:./progress-repair.ts';

export const STORAGE_KEY = 'hasm-progress';
export const BACKUP_PREFIX = 'hasm-progress-backup-';
export const CURRENT_VERSION = 2;
export const EXPORT_APP = 'healthcare-ai-skills-matrix';

/** Task states as shown on the checklist; "open" is the absence of a stored state. */
export const taskStates = ['open', 'in-progress', 'done', 'skipped'] as const;
export type TaskState = (typeof taskStates)[number];
export type StoredTaskState = Exclude<TaskState, 'open'>;

/** The stored document, version 2 (current). */
export interface ProgressDoc {
  version: typeof CURRENT_VERSION;
  /** Task id → state; open tasks are not stored. */
  tasks: Record<string, StoredTaskState>;
  /** Skill id → self-rated level 0–4. */
  ratings: Record<string, number>;
  /** Target role id for the plan. */
  role?: string;
  /** Study hours per week, 1–40. */
  hoursPerWeek?: number;
  /** The day the person started (or restarts) the roadmap, YYYY-MM-DD. */
  startDate?: string;
  /** Free-text notes keyed by where they were written (e.g. a month id). */
  notes: Record<string, string>;
  /** When the document last changed, ISO 8601. */
  updatedAt: string;
}

const isDoc = validDoc as (v: unknown) => v is ProgressDoc;
const loadRepair = () => import(/* @vite-ignore */ repairUrl) as Promise<typeof import('./progress-repair')>;

export function emptyDoc(now: Date = new Date()): ProgressDoc {
  return { version: CURRENT_VERSION, tasks: {}, ratings: {}, notes: {}, updatedAt: now.toISOString() };
}

/**
 * Something the person should know about their stored data. The page words it (see
 * ProgressNotices.astro); 'recovered' without a backup key means storage was too full for one.
 */
export interface Notice {
  kind: 'recovered' | 'unavailable' | 'unsaved';
  /** Where the unreadable original was kept, for 'recovered'. */
  backupKey?: string;
}

export interface ReadResult {
  doc: ProgressDoc;
  /** True when the input was not a valid current document (parts may have been salvaged). */
  damaged: boolean;
  /** The version the input was migrated from, if any. */
  migratedFrom?: number;
}

/** The parts of the Web Storage API the store uses; tests pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

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

type Listener = (doc: ProgressDoc) => void;

/** Holds the document in memory, persists each change, and tells listeners. */
export class ProgressStore {
  doc: ProgressDoc;
  notices: Notice[] = [];
  /**
   * Settles once the stored document has been read. A valid current document is read at once; an
   * older or damaged one waits for the repair code, and until then nothing is written, so the
   * original cannot be overwritten before it is migrated or backed up. Wire controls after this.
   */
  ready!: Promise<void>;
  private listeners = new Set<Listener>();
  private loads = 0;
  /** Why writes are held back: the stored original awaits repair, or could not be backed up. */
  private hold: 'repair' | 'no-backup' | undefined;

  constructor(
    private storage: StorageLike | null,
    private now: () => Date = () => new Date(),
    /** Loads the repair code; tests pass one that fails. */
    private repair = loadRepair,
  ) {
    this.doc = emptyDoc(now());
    this.load();
  }

  /** (Re)reads the stored document; see `ready`. */
  load(): void {
    const load = ++this.loads;
    this.hold = undefined;
    this.ready = Promise.resolve();
    this.notices = this.notices.filter((n) => n.kind === 'recovered');
    if (!this.storage) {
      this.addNotice({ kind: 'unavailable' });
      return;
    }
    let raw: string | null;
    try {
      raw = this.storage.getItem(STORAGE_KEY);
    } catch {
      this.storage = null;
      this.load();
      return;
    }
    let value: unknown;
    try {
      value = raw === null ? emptyDoc(this.now()) : JSON.parse(raw);
    } catch {
      // Unreadable JSON: the repair below finds nothing to keep and backs the text up.
    }
    if (isDoc(value)) {
      this.doc = value;
      return;
    }
    this.doc = emptyDoc(this.now());
    this.hold = 'repair';
    const original = raw ?? '';
    this.ready = this.repair()
      .then((m) => m.readDoc(value, this.now()))
      // Without the repair code (offline, say) treat the document as damaged: it is backed up whole.
      .catch((): ReadResult => ({ doc: emptyDoc(this.now()), damaged: true }))
      .then((result) => {
        if (load === this.loads) this.settle(original, result);
      });
  }

  /** Takes a migrated or repaired document, backing up the original first when it was damaged. */
  private settle(raw: string, result: ReadResult): void {
    this.hold = undefined;
    this.doc = result.doc;
    if (result.damaged) {
      const backupKey = `${BACKUP_PREFIX}${this.now().toISOString()}`;
      try {
        this.storage?.setItem(backupKey, raw);
        this.addNotice({ kind: 'recovered', backupKey });
      } catch {
        this.addNotice({ kind: 'recovered' });
        this.hold = 'no-backup'; // Storage too full for a backup: never overwrite the only copy.
        return;
      }
    }
    this.persist();
  }

  private addNotice(n: Notice): void {
    if (!this.notices.some((x) => x.kind === n.kind && x.backupKey === n.backupKey)) this.notices.push(n);
  }

  /** Writes the document; on failure keeps it in memory and raises an 'unsaved' notice. */
  private persist(): boolean {
    if (!this.storage || this.hold === 'repair') return false;
    try {
      if (this.hold) throw new Error('the original could not be backed up');
      this.storage.setItem(STORAGE_KEY, JSON.stringify(this.doc));
      this.notices = this.notices.filter((n) => n.kind !== 'unsaved');
      return true;
    } catch {
      this.addNotice({ kind: 'unsaved' });
      return false;
    }
  }

  /** Applies a change, saves it and notifies listeners. Returns whether it was saved. */
  update(change: (doc: ProgressDoc) => void): boolean {
    const next = structuredClone(this.doc);
    change(next);
    next.updatedAt = this.now().toISOString();
    this.doc = next;
    const saved = this.persist();
    this.emit();
    return saved;
  }

  /** Sets one task's state; "open" removes it. */
  setTask(id: string, state: TaskState): boolean {
    return this.update((d) => {
      if (state === 'open') delete d.tasks[id];
      else d.tasks[id] = state;
    });
  }

  taskState(id: string): TaskState {
    return this.doc.tasks[id] ?? 'open';
  }

  /** Handles a `storage` event from another tab. */
  syncFromStorage(key: string | null): void {
    if (key !== null && key !== STORAGE_KEY) return;
    this.load();
    void this.ready.then(() => this.emit());
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l(this.doc);
  }

  /** The raw text of a backup, for download. */
  backup(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }
}

/** Progress over a set of task ids: counts and the share done, skipped tasks left out. */
export function progressOf(doc: ProgressDoc, taskIds: readonly string[]) {
  let done = 0;
  let inProgress = 0;
  let skipped = 0;
  for (const id of taskIds) {
    const s = doc.tasks[id];
    if (s === 'done') done++;
    else if (s === 'in-progress') inProgress++;
    else if (s === 'skipped') skipped++;
  }
  const counted = taskIds.length - skipped;
  return { done, inProgress, skipped, total: taskIds.length, percent: counted === 0 ? 100 : Math.round((done / counted) * 100) };
}
