/**
 * Progress that changes: the page's one store (src/lib/progress/store.ts), its notices, task and
 * rating controls, backups, and the roadmap tools (pacing, export, import, calendar), which load
 * from roadmap-tools.ts on first use. progress-ui.ts loads this on intent and hands it the events;
 * the planner (plan-app.ts) uses the same store.
 */
import { exportJson, type TaskState } from '../lib/progress/doc';
import { ProgressStore, browserStorage } from '../lib/progress/store';
import { download } from './download';
import { loadTrack, roadmap, safeRender, trackReady, trackUi } from './progress-ui';
import toolsUrl from 'lazy-chunk:./roadmap-tools.ts';
import backupUrl from 'lazy-chunk:./backup-restore.ts';

/** The page's one store. */
export const store = new ProgressStore(browserStorage());
const $$ = <T extends Element>(sel: string) => [...document.querySelectorAll<T>(sel)];

/** Saves the progress this page holds, including changes storage refused. */
export const downloadProgress = () =>
  download(`healthcare-ai-progress-${new Date().toISOString().slice(0, 10)}.json`, exportJson(store.doc), 'application/json');

function renderNotices(): void {
  const shown = store.notices.map((n) => (n.reason ? `${n.kind}-${n.reason}` : n.kind));
  for (const p of $$<HTMLElement>('[data-progress-notices] [data-notice]'))
    if (p.dataset['notice'] !== 'render-failed') p.hidden = !shown.includes(p.dataset['notice']!);
}

/**
 * Says, right after `control`, when the change made with it was not saved: a copy of the page's
 * notice that says why, with its download of everything this page holds.
 */
export function flagSave(control: Element, saved: boolean): void {
  renderNotices();
  control.parentElement?.querySelector(':scope > [data-unsaved-here]')?.remove();
  const why = document.querySelector('[data-progress-notices] [data-unsaved]:not([hidden])');
  if (saved || !why) return;
  const copy = why.cloneNode(true) as HTMLElement;
  copy.role = 'alert';
  copy.dataset['unsavedHere'] = '';
  control.after(copy);
}

const show = () => {
  renderNotices();
  safeRender(store.doc);
};

type Tools = ReturnType<typeof import('./roadmap-tools').mount>;
let tools: Promise<Tools> | undefined;
/** The roadmap tools, loaded once; a failed load is tried again on the next event. */
const loadTools = () =>
  (tools ??= (import(/* @vite-ignore */ toolsUrl) as Promise<typeof import('./roadmap-tools')>)
    .then((m) => m.mount(store, () => trackUi?.monthsOn(store.doc, roadmap()) ?? roadmap()))
    .catch((e: unknown) => {
      tools = undefined;
      throw e;
    }));

/**
 * Acts on an event that progress-ui.ts forwarded from a progress control, once the store is read;
 * `value` is the control's value when the event happened.
 */
export function handle(e: Event, value = ''): Promise<void> {
  if (e instanceof StorageEvent) {
    store.syncFromStorage(e.key);
    // Another tab may have chosen a track: show it once its code is here.
    return trackReady(store.doc).then(show);
  }
  return ready.then(() => act(e, value));
}

/** Each task ticked done on this page, with the state it had before, so unticking can restore it. */
const ticked = new Map<string, TaskState>();

function act(e: Event, value: string): void {
  const t = e.target as Element;
  // The track code is loaded before a track is stored, so everything that follows the store shows it.
  const noCode = () => $$('[data-notice="no-code"]').forEach((n) => n.removeAttribute('hidden'));
  if (t.closest('[data-track-picker]')) return void loadTrack().then((m) => m.pick(e, t, value, store, flagSave), noCode);
  if (t.closest('[data-roadmap-tools]')) {
    loadTools().then(
      (a) => a.handle(e),
      () => e.type === 'click' && noCode(),
    );
    return;
  }
  const action = e.type === 'click' ? t.closest<HTMLElement>('[data-backup-action]')?.dataset['backupAction'] : undefined;
  const key = store.notices.find((n) => n.backupKey)?.backupKey;
  if (action && key) {
    if (action === 'download') download('progress-backup.json', store.backup(key) ?? '', 'application/json');
    else
      void (import(/* @vite-ignore */ backupUrl) as Promise<typeof import('./backup-restore')>).then(
        (m) => m.backupAction(action, key, store),
        () => flagSave(t, false),
      );
  }
  if (e.type !== 'change') return;
  const task = t.closest<HTMLElement>('[data-task-id]');
  const rating = t.closest<HTMLElement>('[data-skill-rating]');
  const id = task?.dataset['taskId'];
  if (id && t instanceof HTMLSelectElement) {
    ticked.delete(id);
    flagSave(t.closest('.task-status') ?? t, store.setTask(id, value as TaskState));
  } else if (id && t instanceof HTMLInputElement && t.type === 'checkbox') {
    // Unticking undoes the tick: the task goes back to the state it had before (in progress,
    // skipped) when it was ticked on this page, else to "Not started".
    const was = store.doc.tasks[id] ?? 'open';
    if (value && was !== 'done') ticked.set(id, was);
    flagSave(t.closest('.task-status') ?? t, store.setTask(id, value ? 'done' : (ticked.get(id) ?? 'open')));
  } else if (rating && t instanceof HTMLInputElement)
    flagSave(rating, store.set([['ratings', rating.dataset['skillRating']!], Number(value)]));
}

document.addEventListener('click', (e) => {
  if ((e.target as Element).closest('[data-download-progress]')) downloadProgress();
});
// Leaving with a change that exists only on this page asks first.
addEventListener('beforeunload', (e) => {
  if (store.unsaved) e.preventDefault();
});
store.subscribe(show);
/** The stored document is read, and the code for the track it shows is here. */
const ready = store.ready.then(() => trackReady(store.doc));
void ready.then(() => {
  show();
  // Marks the page as holding its live progress (tests wait for it).
  document.documentElement.dataset['progress'] = 'live';
  // Someone who has set a start date sees their projected dates without asking.
  if (document.querySelector('[data-roadmap-tools]') && store.doc.startDate) loadTools().catch(() => undefined);
});
