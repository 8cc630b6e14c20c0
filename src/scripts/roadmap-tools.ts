/**
 * The roadmap page's tools, loaded on first use: pacing (a start date and hours per week give each
 * month its dates; a person who is behind can re-plan from today), progress export and import
 * (validated and previewed before anything is replaced), and a calendar (.ics) of study weeks.
 */
import { icsCalendar } from '../lib/calendar';
import { formatDate } from '../lib/format';
import { isCalendarDay } from '../lib/calendar-day';
import { addDays, daysBetween, todayIso } from '../lib/dates';
import { replanFromToday, scheduleMonths, type ScheduledMonth } from '../lib/pacing';
import type { ProgressStore } from '../lib/progress/store';
import { applyImport, summarise, type ImportPreview } from '../lib/progress/transfer';
import importUrl from 'lazy-chunk:../lib/progress/import.ts';
import { monthPath } from '../lib/paths';
import { roadmapEvents } from '../lib/roadmap-calendar';
import { isMonthComplete, type RoadmapMonth } from '../lib/roadmap-data';
import { HOURS_PER_WEEK, isHoursPerWeek } from '../lib/rules';
import { download } from './download';
import { downloadProgress, flagSave } from './progress-live';

/** A day as people read it; a value that is not a calendar day is shown as written, never thrown on. */
const fmt = (iso: string) => (isCalendarDay(iso) ? formatDate(new Date(`${iso}T00:00:00Z`)) : iso);
/** A month's title and weekly focus, read from its card on the roadmap page. */
const card = (n: number) => document.querySelector(`[data-month="${n}"]`);
const weeksOf = (n: number) => [...(card(n)?.querySelectorAll('[data-week]') ?? [])].map((w) => w.textContent ?? '');
const titleOf = (n: number) => card(n)?.querySelector('h3')?.textContent?.trim() ?? `Month ${n}`;

/** An element of the page's tools regions (the pace above the months, backup and calendar below them). */
const tool = <T extends Element>(sel: string) => document.querySelector<T>(`[data-roadmap-tools] ${sel}`)!;

/**
 * Wires the page's tools. `track` gives the roadmap months on the track the page shows (core
 * tasks and their hours), so pacing, re-planning and the calendar follow the track.
 */
export function mount(store: ProgressStore, track: () => RoadmapMonth[]) {
  const form = tool<HTMLFormElement>('form[data-pace-form]');
  const start = form.querySelector<HTMLInputElement>('input[name="start"]')!;
  const hours = form.querySelector<HTMLInputElement>('input[name="hours"]')!;
  const status = tool<HTMLElement>('[data-pace-status]');
  const replan = tool<HTMLButtonElement>('[data-action="replan"]');
  const file = tool<HTMLInputElement>('input[type="file"]');
  const preview = tool<HTMLElement>('[data-import-preview]');
  const today = todayIso(new Date());
  let pending: ImportPreview | undefined;
  // The page ships the first message, so mounting moves nothing; an unchanged message is not re-announced.
  const say = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };

  const schedule = (): ScheduledMonth[] | undefined => {
    const d = store.doc;
    if (!d.startDate || !d.hoursPerWeek) return undefined;
    return scheduleMonths(track(), d.startDate, d.hoursPerWeek);
  };

  // A computation that throws leaves every other control working and says what to do.
  const render = () => {
    try {
      draw();
    } catch {
      say(
        'Dates could not be worked out from this start date and pace. Pick another start date or number of hours, then press "Show my dates"; if that does not help, reload the page.',
      );
    }
  };
  // The page ships the default pace, so the form can be sent before this code loads. The first
  // drawing shows the stored pace in its place unless the person has typed their own; later ones
  // never overwrite what is typed.
  let shown = false;
  const draw = () => {
    const d = store.doc;
    start.value ||= d.startDate ?? today;
    if (!shown && d.hoursPerWeek && hours.value === hours.defaultValue) hours.value = String(d.hoursPerWeek);
    hours.value ||= String(d.hoursPerWeek ?? HOURS_PER_WEEK.default);
    shown = true;
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
    const r = replanFromToday(track(), (m) => isMonthComplete(d, m), today, d.hoursPerWeek, d.startDate);
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
    if (!isCalendarDay(start.value) || !isHoursPerWeek(h)) {
      say(
        `Enter a start date between ${fmt(start.min)} and ${fmt(start.max)}, and a whole number of hours from ${HOURS_PER_WEEK.min} to ${HOURS_PER_WEEK.max}.`,
      );
      return;
    }
    flagSave(form, store.set([['startDate'], start.value], [['hoursPerWeek'], h]));
  };

  // Re-planning moves the start so that the first unfinished month begins today.
  const replanFromNow = () => {
    const d = store.doc;
    if (!d.startDate || !d.hoursPerWeek) return;
    const plan = schedule()!;
    const firstOpen = [...track()].sort((a, b) => a.month - b.month).findIndex((m) => !isMonthComplete(d, m));
    if (firstOpen < 0) return;
    const offset = plan[firstOpen]!.start;
    const shift = daysBetween(offset, today);
    flagSave(form, store.set([['startDate'], addDays(d.startDate, shift)]));
    start.value = store.doc.startDate ?? today;
  };

  const showPreview = async () => {
    const f = file.files?.[0];
    if (!f) return;
    const { previewImport } = (await import(/* @vite-ignore */ importUrl)) as typeof import('../lib/progress/import');
    const result = previewImport(await f.text());
    file.value = '';
    preview.hidden = false;
    if (!result.ok) {
      pending = undefined;
      preview.replaceChildren(
        Object.assign(document.createElement('p'), { className: 'notice', textContent: `${result.error} Nothing was changed.` }),
      );
      return;
    }
    pending = result;
    const now = summarise(store.doc);
    const s = result.summary;
    const p = document.createElement('p');
    p.textContent =
      (result.damagedAt
        ? `Parts of this file are damaged (first at: ${result.damagedAt}), so only what can still be read will be imported. `
        : '') +
      `This file has ${s.tasksDone} tasks done, ${s.tasksInProgress} in progress, ${s.tasksSkipped} skipped and ${s.ratings} skill ratings` +
      `${s.startDate ? `, starting ${fmt(s.startDate)}` : ''}. It will replace everything this device has now: ${now.tasksDone} done, ` +
      `${now.tasksInProgress} in progress, ${now.ratings} ratings${now.startDate ? `, your start date and pace` : ''}.`;
    const yes = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'btn btn-primary',
      textContent: 'Replace my progress',
    });
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
    let plan: ScheduledMonth[];
    const months = track();
    try {
      plan = scheduleMonths(months, d.startDate ?? today, d.hoursPerWeek ?? HOURS_PER_WEEK.default);
    } catch {
      return say('Your saved start date or pace cannot be used for a calendar. Pick another start date first.');
    }
    const site = new URL(import.meta.env.BASE_URL, location.origin).href;
    const text = icsCalendar({
      prodId: '-//Healthcare AI Skills Matrix//Roadmap//EN',
      calendarName: 'Healthcare AI roadmap',
      events: roadmapEvents(
        plan,
        months.map((m) => ({ ...m, title: titleOf(m.month), href: monthPath(m.month), weeks: weeksOf(m.month) })),
        site,
      ),
      now: new Date(),
    });
    download('healthcare-ai-roadmap.ics', text, 'text/calendar');
  };

  const actions: Record<string, () => void> = {
    'save-pace': savePace,
    replan: replanFromNow,
    import: () => void showPreview(),
    'confirm-import': () => {
      if (!pending) return;
      const saved = applyImport(store, pending);
      pending = undefined;
      preview.replaceChildren(
        Object.assign(document.createElement('p'), {
          className: saved ? '' : 'notice',
          textContent: saved
            ? 'Your progress was replaced with the imported file.'
            : 'The imported progress could not be saved (browser storage is full or blocked), so nothing was replaced.',
        }),
      );
    },
    'cancel-import': () => {
      pending = undefined;
      preview.hidden = true;
      preview.replaceChildren();
    },
    ics: calendar,
    // The tools load when the pointer or focus reaches them, so this still runs within the click.
    export: downloadProgress,
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
