/**
 * Progress on the page: the month checklist, "N of M done" summaries, "continue with month N" on
 * the home page, and the store's notices. Thin DOM glue over src/lib/progress-store.ts; the
 * roadmap tools (pacing, export, import, calendar) load on demand from roadmap-tools.ts.
 */
import { ProgressStore, browserStorage, progressOf, type TaskState } from '../lib/progress-store';
import { ROADMAP_DATA_ID, continueTarget, type RoadmapMonth } from '../lib/roadmap-data';
import toolsUrl from 'lazy-chunk:./roadmap-tools.ts';

const base = import.meta.env.BASE_URL;
/** The page's one store; the planner (plan-app.ts) uses it too. */
export const store = new ProgressStore(browserStorage());
const $$ = <T extends Element>(sel: string, root: ParentNode = document) => [...root.querySelectorAll<T>(sel)];

function roadmap(): RoadmapMonth[] {
  const el = document.getElementById(ROADMAP_DATA_ID);
  try {
    return el ? (JSON.parse(el.textContent ?? '[]') as RoadmapMonth[]) : [];
  } catch {
    return [];
  }
}

function renderNotices(): void {
  const shown = store.notices.map((n) => (n.backupKey ? `${n.kind}-backup` : n.kind));
  for (const p of $$<HTMLElement>('[data-notice]')) p.hidden = !shown.includes(p.dataset['notice']!);
}

function render(): void {
  const doc = store.doc;
  for (const li of $$<HTMLElement>('[data-task-id]')) {
    const state = store.taskState(li.dataset['taskId']!);
    li.dataset['state'] = state;
    const select = li.querySelector('select');
    if (select && select.value !== state) select.value = state;
  }
  const months = roadmap();
  for (const el of $$<HTMLElement>('[data-progress-tasks], [data-progress-months]')) {
    // Either explicit task ids, or month ids resolved through the roadmap data island.
    const ids = el.dataset['progressMonths']
      ? months.filter((m) => el.dataset['progressMonths']!.split(' ').includes(m.id)).flatMap((m) => m.tasks)
      : (el.dataset['progressTasks'] ?? '').split(' ').filter(Boolean);
    const p = progressOf(doc, ids);
    const extra = [p.inProgress && `${p.inProgress} in progress`, p.skipped && `${p.skipped} skipped`].filter(Boolean).join(', ');
    el.textContent = `${p.done} of ${p.total} tasks done${extra ? ` (${extra})` : ''}`;
  }
  const slot = document.querySelector<HTMLElement>('[data-continue-slot]');
  if (slot) {
    const next = continueTarget(doc, months);
    const a = document.createElement('a');
    a.className = 'btn btn-primary';
    if (next) {
      a.href = `${base}roadmap/month-${next.month.month}/`;
      a.textContent = `${next.started ? 'Continue with' : 'Start with'} month ${next.month.month}${next.month.title ? `: ${next.month.title}` : ''}`;
    } else {
      a.href = `${base}roadmap/`;
      a.textContent = 'Every month is complete: review the roadmap';
    }
    slot.replaceChildren(a);
  }
  for (const fs of $$<HTMLElement>('[data-skill-rating]')) {
    const v = String(doc.ratings[fs.dataset['skillRating']!] ?? '');
    for (const r of $$<HTMLInputElement>('input', fs)) r.checked = r.value === v;
  }
  renderNotices();
}

const loadTools = () => import(/* @vite-ignore */ toolsUrl) as Promise<typeof import('./roadmap-tools')>;

/** Wires the controls and shows progress, once the stored document has been read (see `store.ready`). */
function start(): void {
  for (const b of $$('[data-download-backup]'))
    b.addEventListener('click', () => {
      const key = store.notices.find((n) => n.backupKey)?.backupKey;
      if (key) void loadTools().then((m) => m.download('progress-backup.json', store.backup(key) ?? '', 'application/json'));
    });
  for (const li of $$<HTMLElement>('[data-task-id]')) {
    const label = li.querySelector<HTMLElement>('.task-status');
    const select = label?.querySelector('select');
    if (!label || !select) continue;
    label.inert = false;
    select.addEventListener('change', () => store.setTask(li.dataset['taskId']!, select.value as TaskState));
  }
  for (const fs of $$<HTMLElement>('[data-skill-rating]')) {
    fs.inert = false;
    fs.addEventListener('change', (e) => {
      const v = Number((e.target as HTMLInputElement).value);
      store.update((d) => void (d.ratings[fs.dataset['skillRating']!] = v));
    });
  }
  store.subscribe(render);
  addEventListener('storage', (e) => store.syncFromStorage(e.key));
  render();

  // Roadmap tools (pacing, export, import, calendar) load on first use, or at once for someone who
  // has already set a start date, so their projected dates show.
  const tools = document.querySelector<HTMLElement>('[data-roadmap-tools]');
  if (tools) {
    tools.inert = false;
    let api: Promise<ReturnType<typeof import('./roadmap-tools').mount>> | undefined;
    const ensure = () => (api ??= loadTools().then((m) => m.mount(tools, store, roadmap())));
    // Pointing at or focusing the tools loads their code; their events are handed to it once loaded.
    for (const type of ['click', 'submit', 'change', 'pointerenter', 'focusin'])
      tools.addEventListener(type, (e) => {
        if (e.type === 'submit') e.preventDefault();
        void ensure().then((a) => a.handle(e));
      });
    if (store.doc.startDate) void ensure();
  }
}
// Older or damaged stored data is migrated or repaired first; controls stay inert until then.
void store.ready.then(start);
