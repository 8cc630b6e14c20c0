/**
 * Progress on the page: the month checklist, "N of M done" summaries, "continue with month N" on
 * the home page, and the store's notices. Thin DOM glue over src/lib/progress-store.ts; the
 * roadmap tools (pacing, export, import, calendar) load on demand from roadmap-tools.ts.
 */
import { ProgressStore, browserStorage, progressOf, type TaskState } from '../lib/progress-store';
import { ROADMAP_DATA_ID, continueTarget, type RoadmapMonth } from '../lib/roadmap-data';
import { download } from './download';
import toolsUrl from 'lazy-chunk:./roadmap-tools.ts';

const base = import.meta.env.BASE_URL;
const store = new ProgressStore(browserStorage());
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
  const text = (key: string) => document.querySelector<HTMLTemplateElement>(`template[data-notice="${key}"]`)?.content.textContent ?? '';
  for (const region of $$<HTMLElement>('[data-progress-notices]')) {
    region.replaceChildren(
      ...store.notices.map((n) => {
        const p = document.createElement('p');
        p.className = 'notice';
        p.textContent = `${text(n.backupKey ? `${n.kind}-backup` : n.kind)} `;
        if (n.backupKey) {
          const b = document.createElement('button');
          b.type = 'button';
          b.className = 'btn';
          b.textContent = 'Download the backup';
          b.addEventListener('click', () => download('progress-backup.json', store.backup(n.backupKey!) ?? '', 'application/json'));
          p.append(b);
        }
        return p;
      }),
    );
  }
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
  document.dispatchEvent(new CustomEvent('progress:change'));
}

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
  let api: Promise<{ run(action: string): void }> | undefined;
  const ensure = () =>
    (api ??= (import(/* @vite-ignore */ toolsUrl) as Promise<typeof import('./roadmap-tools')>).then((m) => m.mount(tools, store, roadmap())));
  const run = (action: string) => void ensure().then((a) => a.run(action));
  tools.addEventListener('click', (e) => {
    const t = (e.target as Element).closest<HTMLElement>('[data-action]');
    if (t) run(t.dataset['action']!);
  });
  tools.addEventListener('submit', (e) => {
    e.preventDefault();
    run('save-pace');
  });
  tools.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).type === 'file') run('import');
  });
  tools.addEventListener('pointerenter', () => void ensure(), { once: true });
  tools.addEventListener('focusin', () => void ensure(), { once: true });
  if (store.doc.startDate) void ensure();
}
