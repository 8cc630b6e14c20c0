/**
 * The progress store: the only state the site keeps, one versioned JSON document in localStorage.
 *
 * Guarantees, each unit-tested:
 * - Reads are validated; older versions are migrated forward. The schema of record is the zod/mini
 *   schema in src/schemas/progress.ts (imports are checked with it); page loads use the guards
 *   below, which mirror it at a fraction of the bytes, and a unit test keeps the two in agreement.
 * - Unreadable data is never wiped: the raw text is copied to a backup key, whatever could be
 *   read is kept, and a notice offers the backup for download.
 * - Storage that is missing, blocked or full leaves the page working in memory, with a notice.
 * - Changes made in another tab arrive through the `storage` event (`syncFromStorage`).
 * - Task states are keyed by stable task id; ids no longer in the content are kept, not pruned.
 * - Export and import live in progress-transfer.ts, loaded only when used.
 */
export const STORAGE_KEY = 'hasm-progress';
export const BACKUP_PREFIX = 'hasm-progress-backup-';
export const CURRENT_VERSION = 2;
export const EXPORT_APP = 'healthcare-ai-skills-matrix';

/** Task states as shown on the checklist; "open" is the absence of a stored state. */
export const taskStates = ['open', 'in-progress', 'done', 'skipped'] as const;
export type TaskState = (typeof taskStates)[number];
type StoredTaskState = Exclude<TaskState, 'open'>;

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

// Page loads validate with these guards rather than zod/mini, whose runtime alone is about 7 KiB
// gzip, more than the whole 4 KiB JavaScript budget of a content page. They mirror
// progressDocSchema (src/schemas/progress.ts); tests/unit/progress-store.test.ts checks they agree.
type Guard<T> = (v: unknown) => v is T;
const isString: Guard<string> = (v): v is string => typeof v === 'string';
const isStoredTaskState: Guard<StoredTaskState> = (v): v is StoredTaskState => v === 'in-progress' || v === 'done' || v === 'skipped';
const isRating: Guard<number> = (v): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 4;
const isHours: Guard<number> = (v): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 40;
const isIsoDay: Guard<string> = (v): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRecordOf = <T>(guard: Guard<T>) => (v: unknown): v is Record<string, T> => isObject(v) && Object.values(v).every(guard);

/** True for a valid current document. */
function isDoc(v: unknown): v is ProgressDoc {
  return (
    isObject(v) &&
    v['version'] === CURRENT_VERSION &&
    isRecordOf(isStoredTaskState)(v['tasks']) &&
    isRecordOf(isRating)(v['ratings']) &&
    isRecordOf(isString)(v['notes']) &&
    isString(v['updatedAt']) &&
    (v['role'] === undefined || isString(v['role'])) &&
    (v['hoursPerWeek'] === undefined || isHours(v['hoursPerWeek'])) &&
    (v['startDate'] === undefined || isIsoDay(v['startDate']))
  );
}

/** Version 1 stored only the ids of finished tasks and the ratings. */
function isV1(v: unknown): v is { version: 1; done: string[]; ratings?: Record<string, number> } {
  return (
    isObject(v) &&
    v['version'] === 1 &&
    Array.isArray(v['done']) &&
    v['done'].every(isString) &&
    (v['ratings'] === undefined || isRecordOf(isRating)(v['ratings']))
  );
}

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

/** The entries of a record that pass `guard` (the whole input is backed up before this runs). */
function salvageRecord<T>(value: unknown, guard: Guard<T>): Record<string, T> {
  const kept: Record<string, T> = {};
  if (isObject(value)) for (const [k, v] of Object.entries(value)) if (guard(v)) kept[k] = v;
  return kept;
}

/**
 * Turns any parsed JSON value into a current document: valid documents pass through, older versions
 * migrate, and damaged ones keep every field that still validates.
 */
export function readDoc(value: unknown, now: Date = new Date()): ReadResult {
  if (isDoc(value)) return { doc: structuredClone(value), damaged: false };

  if (isV1(value)) {
    const tasks: ProgressDoc['tasks'] = {};
    for (const id of value.done) tasks[id] = 'done';
    return {
      doc: { ...emptyDoc(now), tasks, ratings: { ...(value.ratings ?? {}) } },
      damaged: false,
      migratedFrom: 1,
    };
  }

  // Damaged: salvage field by field.
  const doc = emptyDoc(now);
  if (!isObject(value)) return { doc, damaged: true };
  doc.tasks = salvageRecord(value['tasks'], isStoredTaskState);
  doc.ratings = salvageRecord(value['ratings'], isRating);
  doc.notes = salvageRecord(value['notes'], isString);
  if (isString(value['role'])) doc.role = value['role'];
  if (isHours(value['hoursPerWeek'])) doc.hoursPerWeek = value['hoursPerWeek'];
  if (isIsoDay(value['startDate'])) doc.startDate = value['startDate'];
  return { doc, damaged: true };
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
  private listeners = new Set<Listener>();

  constructor(
    private storage: StorageLike | null,
    private now: () => Date = () => new Date(),
  ) {
    this.doc = emptyDoc(now());
    this.load();
  }

  /** (Re)reads the stored document, backing up anything unreadable. */
  load(): void {
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
    if (raw === null) {
      this.doc = emptyDoc(this.now());
      return;
    }
    let value: unknown;
    let damaged = false;
    try {
      value = JSON.parse(raw);
    } catch {
      damaged = true;
    }
    const result = damaged ? { doc: emptyDoc(this.now()), damaged: true } : readDoc(value, this.now());
    this.doc = result.doc;
    if (result.damaged) {
      const backupKey = `${BACKUP_PREFIX}${this.now().toISOString()}`;
      try {
        this.storage.setItem(backupKey, raw);
        this.addNotice({ kind: 'recovered', backupKey });
      } catch {
        this.addNotice({ kind: 'recovered' });
        return; // Do not overwrite the only copy.
      }
      this.persist();
    } else if ('migratedFrom' in result && result.migratedFrom) {
      this.persist();
    }
  }

  private addNotice(n: Notice): void {
    if (!this.notices.some((x) => x.kind === n.kind && x.backupKey === n.backupKey)) this.notices.push(n);
  }

  /** Writes the document; on failure keeps it in memory and raises an 'unsaved' notice. */
  private persist(): boolean {
    if (!this.storage) return false;
    try {
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
    this.emit();
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
