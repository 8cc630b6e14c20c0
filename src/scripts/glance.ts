/**
 * A returning visitor's progress at a glance, in its own chunk: progress-ui.ts loads it only once
 * stored progress exists (a task marked, a track or a start date), so a first visit downloads
 * none of it. On the roadmap timeline it colors each month by its status, marks the month to
 * continue with ("you are here") and the month the pace says, and links to the first open task.
 * On the home page it fills the "Your progress" card (a bar, the current month, the next open
 * task, how far ahead or behind the pace) and points "Continue" at the first open task.
 */
import { todayIso } from '../lib/dates';
import { formatDate } from '../lib/format';
import { firstOpenTask, monthDueToday, pacePosition, type PacePosition } from '../lib/glance';
import { scheduleMonths, type ScheduledMonth } from '../lib/pacing';
import { progressOf, type ProgressDoc } from '../lib/progress/doc';
import { monthPath } from '../lib/paths';
import { continueTarget, monthStatus, monthStatusLabels, type RoadmapMonth } from '../lib/roadmap-data';
import type { ShownTrack } from '../lib/track-view';

const base = import.meta.env.BASE_URL;
const $$ = <T extends Element>(sel: string, root: ParentNode = document) => [...root.querySelectorAll<T>(sel)];
const href = (path: string) => `${base}${path.slice(1)}`;
const fmt = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const link = (to: string, text: string, className = '') =>
  Object.assign(document.createElement('a'), { href: href(to), textContent: text, className });

/** Where the first open task of `month` is on its page (the month page when every task is done). */
const taskPath = (month: RoadmapMonth, doc: ProgressDoc) => {
  const task = firstOpenTask(doc, month);
  return `${monthPath(month.month)}${task ? `#task-${task}` : ''}`;
};

/** The track's months on the calendar, when a usable start date and pace are stored. */
function scheduleOf(doc: ProgressDoc, months: RoadmapMonth[]): ScheduledMonth[] | undefined {
  if (!doc.startDate || !doc.hoursPerWeek || !months.length) return undefined;
  try {
    return scheduleMonths(months, doc.startDate, doc.hoursPerWeek);
  } catch {
    return undefined;
  }
}

/** How far ahead or behind the pace a person is, in words. */
export function paceWords(p: PacePosition): string {
  switch (p.kind) {
    case 'not-begun':
      return `Your plan starts on ${fmt(p.start)}.`;
    case 'ahead':
      return `You are ${plural(p.days, 'day')} ahead of your pace: month ${p.month} is planned to start on ${fmt(p.start)}.`;
    case 'on-pace':
      return `You are on pace: month ${p.month} is planned to end on ${fmt(p.end)}.`;
    case 'behind':
      return `You are ${plural(p.days, 'day')} behind your pace: month ${p.month} was planned to end on ${fmt(p.end)}.`;
    case 'finished':
      return 'You have finished every month of your plan.';
  }
}

/** Task id → text, per month, fetched once for the "next task" link (the home page carries no task texts). */
const texts = new Map<number, Promise<Record<string, string>>>();
function taskTexts(month: number): Promise<Record<string, string>> {
  let p = texts.get(month);
  if (!p) {
    p = fetch(href(`${monthPath(month)}tasks.json`)).then((r) =>
      r.ok ? (r.json() as Promise<Record<string, string>>) : Promise.reject(new Error(String(r.status))),
    );
    // A failed fetch is forgotten, so the next render (say, back online) tries again.
    p.catch(() => texts.delete(month));
    texts.set(month, p);
  }
  return p;
}

/** The timeline: each month's status, "you are here", the month the pace says, and where to continue. */
function timeline(
  doc: ProgressDoc,
  months: RoadmapMonth[],
  track: ShownTrack | undefined,
  hereId: string | undefined,
  due: ScheduledMonth | undefined,
) {
  for (const node of $$<SVGAElement>('[data-month-node]')) {
    const id = node.dataset['monthNode'];
    const month = months.find((m) => m.id === id);
    const status = month ? monthStatus(doc, month) : 'not-started';
    const here = id === hereId;
    const pace = !here && id === due?.id;
    node.dataset['status'] = status;
    node.toggleAttribute('data-here', here);
    node.toggleAttribute('data-pace', pace);
    const label = monthStatusLabels[status];
    // The words after the hours: "48 hours · in progress".
    const hoursLine = node.querySelector<SVGTextElement>('[data-month-hours]');
    if (hoursLine?.lastChild) hoursLine.lastChild.textContent = ` hours${label && ` · ${label}`}`;
    // "You are here" or "your pace is here" on a line of its own under the hours (each row has room for it).
    const mark = here ? 'you are here' : pace ? 'your pace is here' : '';
    let markLine = node.querySelector<SVGTextElement>('[data-month-mark]');
    if (!markLine && mark && hoursLine) {
      markLine = hoursLine.cloneNode(false) as SVGTextElement;
      markLine.removeAttribute('data-month-hours');
      markLine.setAttribute('class', 'mark');
      markLine.setAttribute('data-month-mark', '');
      // One line lower: the title's lines are spaced as the timeline drew them (src/lib/timeline.ts).
      const title = node.querySelector('text.title');
      const y = (t: Element | null | undefined) => Number(t?.getAttribute('y'));
      const lines = title?.querySelectorAll('tspan').length || 1;
      markLine.setAttribute('y', String(y(hoursLine) + (y(hoursLine) - y(title)) / lines));
      node.append(markLine);
    }
    if (markLine) markLine.textContent = mark;
    // The link's name says it all too: the title is what assistive technology reads for an SVG link.
    const title = node.querySelector('title');
    const hours = node.querySelector('[data-track-hours]')?.textContent;
    if (title)
      title.textContent = [
        `${title.textContent?.replace(/, \d+ hours.*$/, '')}, ${hours} hours${track ? ' on your track' : ''}`,
        label,
        mark,
      ]
        .filter(Boolean)
        .join(', ');
  }
  for (const p of $$<HTMLElement>('[data-timeline-here]')) {
    const target = continueTarget(doc, months);
    const parts: (string | Node)[] = [];
    if (!target) parts.push(`Every month${track ? ' on your track' : ''} is complete.`);
    else if (target.started) parts.push(`You are here: month ${target.month.month}. `);
    if (due && due.id !== target?.month.id) parts.push(`Your pace says month ${due.month}. `);
    if (target)
      parts.push(
        link(
          target.started ? taskPath(target.month, doc) : monthPath(target.month.month),
          `${target.started ? 'Continue with' : 'Start with'} month ${target.month.month}`,
        ),
      );
    p.replaceChildren(...parts);
  }
}

/** The home page: the "Your progress" card and the "continue" button. */
function home(doc: ProgressDoc, months: RoadmapMonth[], track: ShownTrack | undefined, plan: ScheduledMonth[] | undefined, today: string) {
  const target = continueTarget(doc, months);
  for (const slot of $$<HTMLElement>('[data-continue-slot]')) {
    const a = link(
      target ? (target.started ? taskPath(target.month, doc) : monthPath(target.month.month)) : '/roadmap/',
      target
        ? `${target.started ? 'Continue with' : 'Start with'} month ${target.month.month}${target.month.title ? `: ${target.month.title}` : ''}`
        : 'Every month is complete: review the roadmap',
      'btn btn-primary',
    );
    slot.replaceChildren(a);
  }
  for (const card of $$<HTMLElement>('[data-glance]')) {
    card.hidden = false;
    const all = progressOf(
      doc,
      months.flatMap((m) => m.tasks),
    );
    const bar = card.querySelector('progress');
    if (bar) {
      bar.max = all.total || 1;
      bar.value = all.done;
    }
    const extra = [all.inProgress && `${all.inProgress} in progress`, all.skipped && `${all.skipped} skipped`].filter(Boolean).join(', ');
    const count = card.querySelector('[data-glance-count]');
    if (count)
      count.textContent = `${all.done} of ${all.total} tasks done${track ? ` on the ${track.role.title} track` : ''} (${Math.round((100 * all.done) / (all.total || 1))}%)${extra ? `, ${extra}` : ''}.`;
    const monthLine = card.querySelector('[data-glance-month]');
    const next = card.querySelector<HTMLElement>('[data-glance-next]');
    if (!target) {
      monthLine?.replaceChildren(`Every month${track ? ' on your track' : ''} is complete. `, link('/roadmap/', 'Review the roadmap'));
      next?.replaceChildren();
    } else {
      const m = target.month;
      const p = progressOf(doc, m.tasks);
      monthLine?.replaceChildren(
        `Current month, ${p.done} of ${p.total} tasks done: `,
        link(monthPath(m.month), `Month ${m.month}${m.title ? `: ${m.title}` : ''}`),
      );
      const task = firstOpenTask(doc, m);
      if (next && task) {
        const index = m.tasks.indexOf(task);
        const a = link(`${monthPath(m.month)}#task-${task}`, `Task ${index + 1} of ${m.tasks.length} in month ${m.month}`);
        next.replaceChildren('Next task: ', a);
        // The task's own words, once its month's list has arrived; the numbered link stands until then.
        void taskTexts(m.month).then(
          (all) => {
            if (a.isConnected && all[task]) a.textContent = all[task];
          },
          () => undefined,
        );
      }
    }
    const pace = card.querySelector<HTMLElement>('[data-glance-pace]');
    card.toggleAttribute('data-paced', !!plan);
    card.toggleAttribute('data-tracked', !!track);
    if (pace) pace.textContent = plan ? paceWords(pacePosition(plan, target?.month.id, today)) : '';
  }
}

/** Shows `doc` at a glance; `months` are the roadmap months on the shown `track`. A failure says so and leaves the page working. */
export function glance(doc: ProgressDoc, months: RoadmapMonth[], track: ShownTrack | undefined): void {
  try {
    const today = todayIso(new Date());
    const plan = scheduleOf(doc, months);
    const target = continueTarget(doc, months);
    const due = plan && monthDueToday(plan, today);
    timeline(doc, months, track, target?.started ? target.month.id : undefined, due);
    home(doc, months, track, plan, today);
  } catch {
    document.querySelector('[data-notice="render-failed"]')?.removeAttribute('hidden');
  }
}
