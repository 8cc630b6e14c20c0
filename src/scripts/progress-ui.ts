/**
 * Progress on the page, as it first appears: the month checklist's states, "N of M done"
 * summaries and their bars, and self-ratings on skill pages, read
 * straight from storage with the page-load guard. Everything that changes progress (the store, its
 * notices and repairs, the roadmap tools) is in progress-live.ts, loaded as soon as a person points
 * at, focuses or touches a progress control, or at once when stored data needs attention (older,
 * newer or damaged data, a backup to offer, storage that is blocked). Events that arrive while it
 * loads are handed to it, so no click is lost.
 */
import { BACKUP_PREFIX, STORAGE_KEY, emptyDoc, isProgressDoc, progressOf, type ProgressDoc } from '../lib/progress/doc';
import { ROADMAP_DATA_ID, type RoadmapMonth } from '../lib/roadmap-data';
import liveUrl from 'lazy-chunk:./progress-live.ts';
import trackUrl from 'lazy-chunk:./track-ui.ts';
import toolsUrl from 'lazy-chunk:./roadmap-tools.ts';
import glanceUrl from 'lazy-chunk:./glance.ts';

const $$ = <T extends Element>(sel: string, root: ParentNode = document) => [...root.querySelectorAll<T>(sel)];

/** The months' task ids and hours, from the page's data island. */
export function roadmap(): RoadmapMonth[] {
  try {
    return JSON.parse(document.getElementById(ROADMAP_DATA_ID)?.textContent ?? '[]') as RoadmapMonth[];
  } catch {
    return [];
  }
}
type TrackUi = typeof import('./track-ui');
/** The track code, once loaded. */
export let trackUi: TrackUi | undefined;
/** Whether `doc` (or the address) asks for a track, so the track code must be there before rendering. */
const wantsTrack = (doc: Pick<ProgressDoc, 'role'>) => !!doc.role || location.search.includes('track=');
/** Loads the track code; nothing is cached here (the browser keeps a loaded module), so a failed load is never remembered as one. */
export const loadTrack = () => (import(/* @vite-ignore */ trackUrl) as Promise<TrackUi>).then((m) => (trackUi = m));
/** Settles once the page can render `doc` with its track (at once when it needs none). */
export const trackReady = (doc: Pick<ProgressDoc, 'role'>): Promise<unknown> =>
  wantsTrack(doc) ? loadTrack().catch(() => undefined) : Promise.resolve();

/** Whether the glance code has been asked for: once loaded it keeps rendering, so clearing progress clears it too. */
let glanced = false;

/** Shows `doc`'s progress on the page. */
export function render(doc: ProgressDoc): void {
  const { track, months } = trackUi ? trackUi.renderTrack(doc, roadmap()) : { track: undefined, months: roadmap() };
  /** Whether a task counts on the shown track (tasks this page has no marks for always do). */
  const counts = (id: string) => (document.querySelector<HTMLElement>(`[data-task-id="${id}"]`)?.dataset['kind'] ?? 'core') === 'core';
  // Each task's state; a task's one input is its done box.
  const tasks = $$<HTMLElement>('[data-task-id]');
  for (const li of tasks) {
    const state = doc.tasks[li.dataset['taskId']!] ?? 'open';
    li.dataset['state'] = state;
    const select = li.querySelector('select');
    if (select && select.value !== state) select.value = state;
    const box = li.querySelector('input');
    if (box) box.checked = state == 'done';
  }
  // The month's "Checklist (done/total)", over the tasks on the shown track.
  const checklist = progressOf(doc, tasks.map((li) => li.dataset['taskId']!).filter(counts));
  for (const el of $$('[data-checklist-count]')) el.textContent = ` (${checklist.done}/${checklist.total})`;
  for (const el of $$<HTMLElement>('[data-progress-tasks], [data-progress-months]')) {
    // Either explicit task ids, or month ids resolved through the roadmap data island (on the track).
    const ids = el.dataset['progressMonths']
      ? months.filter((m) => el.dataset['progressMonths']!.split(' ').includes(m.id)).flatMap((m) => m.tasks)
      : (el.dataset['progressTasks'] ?? '').split(' ').filter((id) => id && counts(id));
    const p = progressOf(doc, ids);
    const extra = [p.inProgress && `${p.inProgress} in progress`, p.skipped && `${p.skipped} skipped`].filter(Boolean).join(', ');
    el.textContent = `${p.done} of ${p.total} ${track ? 'track ' : ''}tasks done${extra ? ` (${extra})` : ''}`;
    // A bar just before the words shows the same (its place is kept in the page, so nothing moves).
    const bar = el.previousElementSibling;
    if (bar instanceof HTMLProgressElement) {
      bar.max = p.total || 1;
      bar.value = p.done;
    }
  }
  // A returning visitor's timeline, "you are here", home page card and "continue" come in their own chunk.
  if (
    (glanced ||= !!(doc.role || doc.startDate || Object.keys(doc.tasks).length)) &&
    document.querySelector('[data-glance],[data-month-node]')
  )
    void (import(/* @vite-ignore */ glanceUrl) as Promise<typeof import('./glance')>).then(
      (m) => m.glance(doc, months, track),
      () => undefined,
    );
  for (const fs of $$<HTMLElement>('[data-skill-rating]')) {
    const v = String(doc.ratings[fs.dataset['skillRating']!] ?? '');
    for (const r of $$<HTMLInputElement>('input', fs)) r.checked = r.value === v;
  }
}

/** Renders progress; a failure leaves every control working and says what to do. */
export function safeRender(doc: ProgressDoc): void {
  try {
    render(doc);
  } catch {
    document.querySelector('[data-notice="render-failed"]')?.removeAttribute('hidden');
  }
}

type Live = typeof import('./progress-live');
let live: Promise<Live> | undefined;
/** Loads the live progress code; a failed load is tried again on the next event. */
const loadLive = () =>
  (live ??= (import(/* @vite-ignore */ liveUrl) as Promise<Live>).catch((e: unknown) => {
    live = undefined;
    throw e;
  }));

/**
 * The stored document when it can be shown as it is, else undefined: the live code reads it (and
 * migrates an older version, once).
 */
function peek(): ProgressDoc | undefined {
  try {
    const s = localStorage;
    for (let i = 0; i < s.length; i++) if (s.key(i)?.startsWith(BACKUP_PREFIX)) return undefined;
    const raw = s.getItem(STORAGE_KEY);
    const doc: unknown = raw === null ? emptyDoc() : JSON.parse(raw);
    return isProgressDoc(doc) ? doc : undefined;
  } catch {
    return undefined;
  }
}

let pending = 0;
/** Hands an event from a group of progress controls to the live code, loading it (and, for the roadmap's tools, theirs) first. */
const forward = (e: Event, tools: boolean) => {
  if (e.type === 'submit') e.preventDefault();
  // The value chosen now: rendering the stored state may reset the control before the change is applied.
  // A done box that is unticked gives ''.
  const t = e.target as HTMLInputElement;
  const value = t.type == 'checkbox' && !t.checked ? '' : t.value;
  const change = e.type === 'change' ? 1 : 0;
  pending += change;
  // The roadmap tools' code is fetched alongside the store's rather than after it.
  if (tools) import(/* @vite-ignore */ toolsUrl).catch(() => undefined);
  void loadLive()
    .then(
      (m) => m.handle(e, value),
      () => {
        if (e.type !== 'pointerover' && e.type !== 'focusin') document.querySelector('[data-notice="no-code"]')?.removeAttribute('hidden');
      },
    )
    .finally(() => (pending -= change));
};
// A change still on its way to storage asks before the page is left.
addEventListener('beforeunload', (e) => {
  if (pending) e.preventDefault();
});
/**
 * `<progress-controls>` (src/components/ui/ProgressControls.astro): its group of controls becomes
 * usable at once; what is done in it is handed to the live code, loaded on intent. Its listeners go
 * when it leaves the page. (A class of its own rather than `defineElement` from element.ts, which
 * lives in the inline site script: importing it here would split it into a file every page fetches.)
 */
class ProgressControls extends HTMLElement {
  #off?: AbortController;

  connectedCallback() {
    const group = this.firstElementChild as HTMLElement | null;
    if (!group) return;
    const { signal } = (this.#off = new AbortController());
    group.inert = false;
    const tools = group.matches('[data-roadmap-tools]');
    for (const type of ['pointerover', 'focusin', 'touchstart', 'click', 'change', 'submit'])
      this.addEventListener(type, (e) => forward(e, tools), { passive: type !== 'submit', signal });
  }

  disconnectedCallback() {
    this.#off?.abort();
  }
}
customElements.define('progress-controls', ProgressControls);
addEventListener('storage', (e) => {
  if (live) void live.then((m) => m.handle(e));
  else {
    const doc = peek();
    if (doc) void trackReady(doc).then(() => safeRender(doc));
    else void loadLive();
  }
});

const doc = peek();
if (doc) void trackReady(doc).then(() => safeRender(doc));
// Stored data that needs attention (an older version to migrate among it), and the roadmap tools
// of someone with a start date (so their dates show), load the live code at once.
if (!doc || (doc.startDate && document.querySelector('[data-roadmap-tools]'))) void loadLive().catch(() => undefined);
