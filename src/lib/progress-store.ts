/**
 * The progress store: the only state the site keeps, one versioned JSON document in localStorage.
 *
 * Guarantees, each unit-tested:
 * - Reads are validated (zod/mini); older versions are migrated forward.
 * - Unreadable data is never wiped: the raw text is copied to a backup key, whatever could be
 *   read is kept, and a notice offers the backup for download.
 * - Storage that is missing, blocked or full leaves the page working in memory, with a notice.
 * - Changes made in another tab arrive through the `storage` event (`syncFromStorage`).
 * - Task states are keyed by stable task id; ids no longer in the content are kept, not pruned.
 * - Export and import: an import is validated and previewed before it replaces anything.
 */
import * as z from 'zod/mini';

export const STORAGE_KEY = 'hasm-progress';
export const BACKUP_PREFIX = 'hasm-progress-backup-';
export const CURRENT_VERSION = 2;
export const EXPORT_APP = 'healthcare-ai-skills-matrix';

/** Task states as shown on the checklist; "open" is the absence of a stored state. */
export const taskStates = ['open', 'in-progress', 'done', 'skipped'] as const;
export type TaskState = (typeof taskStates)[number];
const storedTaskState = z.enum(['in-progress', 'done', 'skipped']);

const rating = z.int().check(z.minimum(0), z.maximum(4));
const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** The stored document, version 2 (current). */
const docSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  /** Task id → state; open tasks are not stored. */
  tasks: z.record(z.string(), storedTaskState),
  /** Skill id → self-rated level 0–4. */
  ratings: z.record(z.string(), rating),
  /** Target role id for the plan. */
  role: z.optional(z.string()),
  /** Study hours per week, 1–40. */
  hoursPerWeek: z.optional(z.int().check(z.minimum(1), z.maximum(40))),
  /** The day the person started (or restarts) the roadmap, YYYY-MM-DD. */
  startDate: z.optional(isoDay),
  /** Free-text notes keyed by where they were written (e.g. a month id). */
  notes: z.record(z.string(), z.string()),
  /** When the document last changed, ISO 8601. */
  updatedAt: z.string(),
});
export type ProgressDoc = z.infer<typeof docSchema>;

/** Version 1 stored only the ids of finished tasks and the ratings. */
const v1Schema = z.object({
  version: z.literal(1),
  done: z.array(z.string()),
  ratings: z.optional(z.record(z.string(), rating)),
});

export function emptyDoc(now: Date = new Date()): ProgressDoc {
  return { version: CURRENT_VERSION, tasks: {}, ratings: {}, notes: {}, updatedAt: now.toISOString() };
}

export interface Notice {
  kind: 'recovered' | 'unavailable' | 'unsaved' | 'migrated';
  message: string;
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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keeps the entries of a record that pass `schema`; reports whether any were dropped. */
function salvageRecord<T>(value: unknown, schema: z.ZodMiniType<T>): { kept: Record<string, T>; dropped: boolean } {
  const kept: Record<string, T> = {};
  if (!isObject(value)) return { kept, dropped: value !== undefined };
  let dropped = false;
  for (const [k, v] of Object.entries(value)) {
    const r = schema.safeParse(v);
    if (r.success) kept[k] = r.data;
    else dropped = true;
  }
  return { kept, dropped };
}

/**
 * Turns any parsed JSON value into a current document: valid documents pass through, older versions
 * migrate, and damaged ones keep every field that still validates.
 */
export function readDoc(value: unknown, now: Date = new Date()): ReadResult {
  const current = docSchema.safeParse(value);
  if (current.success) return { doc: current.data, damaged: false };

  const v1 = v1Schema.safeParse(value);
  if (v1.success) {
    const tasks: ProgressDoc['tasks'] = {};
    for (const id of v1.data.done) tasks[id] = 'done';
    return {
      doc: { ...emptyDoc(now), tasks, ratings: v1.data.ratings ?? {} },
      damaged: false,
      migratedFrom: 1,
    };
  }

  // Damaged: salvage field by field.
  const doc = emptyDoc(now);
  if (!isObject(value)) return { doc, damaged: true };
  const tasks = salvageRecord(value['tasks'], storedTaskState);
  const ratings = salvageRecord(value['ratings'], rating);
  const notes = salvageRecord(value['notes'], z.string());
  doc.tasks = tasks.kept;
  doc.ratings = ratings.kept;
  doc.notes = notes.kept;
  const role = z.string().safeParse(value['role']);
  if (role.success) doc.role = role.data;
  const hours = z.int().check(z.minimum(1), z.maximum(40)).safeParse(value['hoursPerWeek']);
  if (hours.success) doc.hoursPerWeek = hours.data;
  const start = isoDay.safeParse(value['startDate']);
  if (start.success) doc.startDate = start.data;
  return { doc, damaged: true };
}

/** The parts of the Web Storage API the store uses; tests pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** localStorage, or null where it is missing or blocked (private modes, sandboxed frames). */
export function browserStorage(): StorageLike | null {
  try {
    const s = globalThis.localStorage;
    if (!s) return null;
    const probe = `${STORAGE_KEY}-probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

export interface ImportPreview {
  ok: true;
  doc: ProgressDoc;
  /** Human-readable summary of what the file holds. */
  summary: { tasksDone: number; tasksInProgress: number; tasksSkipped: number; ratings: number; role?: string; startDate?: string };
  migratedFrom?: number;
}
export interface ImportError {
  ok: false;
  error: string;
}

/** Counts the states in a document, for previews and progress text. */
export function summarise(doc: ProgressDoc): ImportPreview['summary'] {
  const states = Object.values(doc.tasks);
  return {
    tasksDone: states.filter((s) => s === 'done').length,
    tasksInProgress: states.filter((s) => s === 'in-progress').length,
    tasksSkipped: states.filter((s) => s === 'skipped').length,
    ratings: Object.keys(doc.ratings).length,
    ...(doc.role ? { role: doc.role } : {}),
    ...(doc.startDate ? { startDate: doc.startDate } : {}),
  };
}

/**
 * Checks an exported file before anything is replaced. Accepts the export envelope or a bare
 * document, migrates old versions, and refuses anything damaged with a message saying why.
 */
export function previewImport(text: string): ImportPreview | ImportError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON. Choose a file exported from this site (progress.json).' };
  }
  const payload = isObject(parsed) && parsed['app'] === EXPORT_APP ? parsed['data'] : parsed;
  if (isObject(parsed) && 'app' in parsed && parsed['app'] !== EXPORT_APP)
    return { ok: false, error: 'This file was exported by a different application.' };
  if (!isObject(payload) || typeof payload['version'] !== 'number')
    return { ok: false, error: 'This file does not contain saved progress from this site.' };
  if (payload['version'] > CURRENT_VERSION)
    return { ok: false, error: `This file is from a newer version of the site (version ${payload['version']}); reload the page and try again.` };
  const result = readDoc(payload);
  if (result.damaged) return { ok: false, error: 'Parts of this file are damaged or not in the expected format, so nothing was imported.' };
  return {
    ok: true,
    doc: result.doc,
    summary: summarise(result.doc),
    ...(result.migratedFrom ? { migratedFrom: result.migratedFrom } : {}),
  };
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
      this.addNotice({
        kind: 'unavailable',
        message: 'This browser is not letting the site store data, so progress will last only until you leave the page. Export it to keep it.',
      });
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
        this.addNotice({
          kind: 'recovered',
          backupKey,
          message: 'Some saved progress could not be read. Everything readable was kept, and the original was saved as a backup you can download.',
        });
      } catch {
        this.addNotice({
          kind: 'recovered',
          message: 'Some saved progress could not be read, and storage is too full to keep a backup. The original has been left untouched.',
        });
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
      this.addNotice({
        kind: 'unsaved',
        message: 'Your browser storage is full, so the latest change is kept only on this page. Export your progress to keep it.',
      });
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

  /** The export file's text. */
  exportJson(): string {
    return `${JSON.stringify({ app: EXPORT_APP, exportedAt: this.now().toISOString(), data: this.doc }, null, 2)}\n`;
  }

  /** Replaces the document with a previewed import. */
  applyImport(preview: ImportPreview): boolean {
    return this.update((d) => {
      Object.assign(d, structuredClone(preview.doc));
    });
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
