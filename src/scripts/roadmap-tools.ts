/**
 * The roadmap page's tools, loaded on first use: pacing (a start date and hours per week give each
 * month its dates; a person who is behind can re-plan from today), progress export and import
 * (validated and previewed before anything is replaced), and a calendar (.ics) of study weeks.
 */
import { icsCalendar } from '../lib/calendar';
import { formatDate } from '../lib/format';
import { addDays, daysBetween, replanFromToday, scheduleMonths, todayIso, type ScheduledMonth } from '../lib/pacing';
import type { ProgressStore } from '../lib/progress-store';
import { applyImport, exportJson, summarise, type ImportPreview } from '../lib/progress-transfer';
import importUrl from 'lazy-chunk:../lib/progress-import.ts';
import { roadmapEvents } from '../lib/roadmap-calendar';
import { isMonthComplete, type RoadmapMonth } from '../lib/roadmap-data';
import { download } from './download';

/** For the progress notices' backup download, which loads this chunk only when clicked. */
export { download };

const fmt = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));
/** A month's title and weekly focus, read from its card on the roadmap page. */
const card = (n: number) => document.querySelector(`[data-month="${n}"]`);
const weeksOf = (n: number) => [...(card(n)?.querySelectorAll('[data-week]') ?? [])].map((w) => w.textContent ?? '');
const titleOf = (n: number) => card(n)?.querySelector('h3')?.textContent?.trim() ?? `Month ${n}`;

export function mount(root: HTMLElement, store: ProgressStore, months: RoadmapMonth[]) {
  const form = root.querySelector<HTMLFormElement>('form[data-pace-form]')!;
  const start = form.querySelector<HTMLInputElement>('input[name="start"]')!;
  const hours = form.querySelector<HTMLInputElement>('input[name="hours"]')!;
  const status = root.querySelector<HTMLElement>('[data-pace-status]')!;
  const replan = root.querySelector<HTMLButtonElement>('[data-action="replan"]')!;
  const file = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const preview = root.querySelector<HTMLElement>('[data-import-preview]')!;
  const today = todayIso(new Date());
  let pending: ImportPreview | undefined;
  // The page ships the first message, so mounting moves nothing; an unchanged message is not re-announced.
  const say = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };

  const schedule = (): ScheduledMonth[] | undefined => {
    const d = store.doc;
    if (!d.startDate || !d.hoursPerWeek) return undefined;
    return scheduleMonths(months, d.startDate, d.hoursPerWeek);
  };

  const render = () => {
    const d = store.doc;
    start.value ||= d.startDate ?? today;
    hours.value ||= String(d.hoursPerWeek ?? 10);
    const plan = schedule();
    for (const el of document.querySelectorAll<HTMLElement>('[data-month-dates]')) {
      const m = plan?.find((s) => s.id === el.dataset['monthDates']);
      el.textContent = m ? `${fmt(m.start)} to ${fmt(m.end)} (${m.weeks} weeks)` : '';
    }
    replan.hidden = true;
    if (!plan || !d.startDate || !d.hoursPerWeek) {
      say('Set a start date and your hours per week to see dates for every month.');
      return;
    }
    const r = replanFromToday(months, (m) => isMonthComplete(d, m), today, d.hoursPerWeek, d.startDate);
    const last = plan[plan.length - 1]!;
    say(
      r.behind
        ? `At ${d.hoursPerWeek} hours a week you planned to finish on ${fmt(last.end)}; you are ${r.daysBehind} days behind.`
        : `At ${d.hoursPerWeek} hours a week you finish month ${last.month} on ${fmt(last.end)}. You are on track.`,
    );
    replan.hidden = !r.behind;
  };

  const savePace = () => {
    const h = Number(hours.value);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(start.value) || !Number.isInteger(h) || h < 1 || h > 40) {
      status.textContent = 'Enter a start date and a whole number of hours from 1 to 40.';
      return;
    }
    store.update((d) => {
      d.startDate = start.value;
      d.hoursPerWeek = h;
    });
  };

  // Re-planning moves the start so that the first unfinished month begins today.
  const replanFromNow = () => {
    const d = store.doc;
    if (!d.startDate || !d.hoursPerWeek) return;
    const plan = schedule()!;
    const firstOpen = months.findIndex((m) => !isMonthComplete(d, m));
    if (firstOpen < 0) return;
    const offset = plan[firstOpen]!.start;
    const shift = daysBetween(offset, today);
    store.update((doc) => {
      doc.startDate = addDays(d.startDate!, shift);
    });
    start.value = store.doc.startDate ?? today;
  };

  const showPreview = async () => {
    const f = file.files?.[0];
    if (!f) return;
    const { previewImport } = (await import(/* @vite-ignore */ importUrl)) as typeof import('../lib/progress-import');
    const result = previewImport(await f.text());
    file.value = '';
    preview.hidden = false;
    if (!result.ok) {
      pending = undefined;
      preview.replaceChildren(Object.assign(document.createElement('p'), { className: 'notice', textContent: `${result.error} Nothing was changed.` }));
      return;
    }
    pending = result;
    const now = summarise(store.doc);
    const s = result.summary;
    const p = document.createElement('p');
    p.textContent =
      `This file has ${s.tasksDone} tasks done, ${s.tasksInProgress} in progress, ${s.tasksSkipped} skipped and ${s.ratings} skill ratings` +
      `${s.startDate ? `, starting ${fmt(s.startDate)}` : ''}. It will replace what this device has now: ${now.tasksDone} done, ` +
      `${now.tasksInProgress} in progress, ${now.ratings} ratings.`;
    const yes = Object.assign(document.createElement('button'), { type: 'button', className: 'btn btn-primary', textContent: 'Replace my progress' });
    yes.dataset['action'] = 'confirm-import';
    const no = Object.assign(document.createElement('button'), { type: 'button', className: 'btn', textContent: 'Cancel' });
    no.dataset['action'] = 'cancel-import';
    const row = Object.assign(document.createElement('p'), { className: 'mt-2 flex flex-wrap gap-2' });
    row.append(yes, no);
    preview.replaceChildren(p, row);
    yes.focus();
  };

  const calendar = () => {
    const d = store.doc;
    const plan = scheduleMonths(months, d.startDate ?? today, d.hoursPerWeek ?? 10);
    const site = new URL(import.meta.env.BASE_URL, location.origin).href;
    const text = icsCalendar({
      prodId: '-//Healthcare AI Skills Matrix//Roadmap//EN',
      calendarName: 'Healthcare AI roadmap',
      events: roadmapEvents(plan, months.map((m) => ({ ...m, title: titleOf(m.month), href: `/roadmap/month-${m.month}/`, weeks: weeksOf(m.month) })), site),
      now: new Date(),
    });
    download('healthcare-ai-roadmap.ics', text, 'text/calendar');
  };

  const actions: Record<string, () => void> = {
    'save-pace': savePace,
    replan: replanFromNow,
    import: () => void showPreview(),
    'confirm-import': () => {
      if (pending) applyImport(store, pending);
      pending = undefined;
      preview.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Your progress was replaced with the imported file.' }));
    },
    'cancel-import': () => {
      pending = undefined;
      preview.hidden = true;
      preview.replaceChildren();
    },
    ics: calendar,
    // The tools load when the pointer or focus reaches them, so this still runs within the click.
    export: () => download(`healthcare-ai-progress-${todayIso(new Date())}.json`, exportJson(store), 'application/json'),
  };

  store.subscribe(render);
  render();
  return {
    /** Acts on an event from the tools region (progress-ui.ts forwards them, including the one that loaded this code). */
    handle(e: Event) {
      const target = e.target as HTMLInputElement;
      let action: string | undefined;
      if (e.type === 'submit') action = 'save-pace';
      else if (e.type === 'change' && target.type === 'file') action = 'import';
      else if (e.type === 'click') action = target.closest<HTMLElement>('[data-action]')?.dataset['action'];
      if (action) actions[action]?.();
    },
  };
}

