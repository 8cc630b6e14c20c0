/**
 * `<plan-app>`: the self-assessment and personal learning plan. Ratings, role, track choices, pace,
 * start date and the skills kept in the plan anyway live in the progress store (the same document
 * as roadmap progress). A `#share=` link opens a
 * read-only copy without touching this device's data. The plan is worked out in src/lib/plan/
 * (work, schedule, goals, portfolio, markdown); this element only reads controls and draws.
 */
import { formatDate } from '../lib/format';
import { todayIso } from '../lib/dates';
import { certificationsForRole, gapsForRole, type SkillGap } from '../lib/plan/gaps';
import { goalsAt, type Goal } from '../lib/plan/goals';
import { portfolioChecklist } from '../lib/plan/portfolio';
import { scheduleByMonth, weeklySchedule, type PlanItem } from '../lib/plan/schedule';
import { planWork } from '../lib/plan/work';
import { PLAN_DATA_ID, type PlanData } from '../lib/plan/data';
import { isPresetId, presetIds, presetLabels, presetRatings } from '../lib/plan/presets';
import type { SharedPlan } from '../lib/plan/share';
import { SHARE_PREFIX } from '../lib/plan/share-prefix';
import { progressOf } from '../lib/progress/doc';
import type { FieldPath } from '../lib/progress/store';
import { isMonthComplete } from '../lib/roadmap-data';
import { isCalendarDay } from '../lib/calendar-day';
import { monthPath, routes } from '../lib/paths';
import { HOURS_PER_WEEK, isHoursPerWeek, levelNames } from '../lib/rules';
import { download } from './download';
import { drawPlanPictures } from './plan-pictures';
// The page's progress store, shared with its notices and other tabs (and repaired first if need be).
import { downloadProgress, flagSave, store } from './progress-live';

const base = import.meta.env.BASE_URL;
const level = (n: number) => `${n} ${levelNames[n] ?? ''}`;
const levelTitle = (n: number) => (levelNames[n] ?? '').replace(/^./, (c) => c.toUpperCase());
const fmt = (iso: string) => (isCalendarDay(iso) ? formatDate(new Date(`${iso}T00:00:00Z`)) : iso);
const hoursText = (h: number) => `${h} ${h === 1 ? 'hour' : 'hours'}`;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
};
const href = (path: string) => `${base}${path.replace(/^\//, '')}`;
const link = (path: string, text: string) => el('a', { href: href(path) }, text);
/** A button that runs `action` (see the click handler), for `skill` when given. */
const button = (text: string, action: string, skill?: string) => {
  const b = el('button', { type: 'button', className: 'btn' }, text);
  b.dataset['action'] = action;
  if (skill !== undefined) b.dataset['skill'] = skill;
  return b;
};
/** Where a task sits on its month page. */
const taskPath = (month: number, id: string) => `${monthPath(month)}#task-${id}`;

class PlanApp extends HTMLElement {
  #off?: AbortController;
  /** Settles once the planner is usable (its stored data read, the plan drawn); the site script waits for it before the page counts as settled. */
  ready: Promise<void> = Promise.resolve();

  disconnectedCallback() {
    this.#off?.abort();
  }

  connectedCallback() {
    this.ready = this.#wire();
  }

  async #wire() {
    this.#off?.abort();
    const off = (this.#off = new AbortController());
    const signal = off.signal;
    await store.ready; // older or damaged stored data is migrated or repaired first
    if (signal.aborted) return;
    const dataEl = document.getElementById(PLAN_DATA_ID);
    if (!dataEl) return;
    const data = JSON.parse(dataEl.textContent ?? '{}') as PlanData;
    const today = todayIso(new Date());
    let shared: SharedPlan | undefined;
    const banner = this.querySelector<HTMLElement>('[data-shared-banner]')!;
    if (location.hash.startsWith(SHARE_PREFIX)) {
      try {
        // The share codec (and its DEFLATE code) loads only for a share link.
        const { decodePlan } = await import('../lib/plan/share');
        shared = decodePlan(location.hash);
        if (!data.roles.some((r) => r.id === shared!.role)) {
          shared = undefined;
          throw new Error('This share link is for a role this version of the site does not have.');
        }
      } catch (e) {
        banner.hidden = false;
        banner.textContent = `${(e as Error).message} Showing your own plan instead.`;
      }
      if (signal.aborted) return;
    }
    const skillIds = new Set(data.skills.map((s) => s.id));
    const skillTitle = new Map(data.skills.map((s) => [s.id, s.title]));
    const monthTitle = new Map(data.months.map((m) => [m.month, m.title]));
    // What the person has opened stays open when the plan is drawn again: the covered list, and
    // the schedule's months (the first one until they choose).
    let coveredOpen = false;
    let openMonths: Set<number> | undefined;
    const fillMonth = new WeakMap<HTMLDetailsElement, () => void>();
    const state = (): SharedPlan => {
      if (shared) return shared;
      const d = store.doc;
      return {
        // Only ratings of skills the site has: an old or imported key never breaks a share link.
        ratings: Object.fromEntries(Object.entries(d.ratings).filter(([id]) => skillIds.has(id))),
        role: d.role && data.roles.some((r) => r.id === d.role) ? d.role : data.roles[0]!.id,
        hoursPerWeek: d.hoursPerWeek ?? HOURS_PER_WEEK.default,
        startDate: d.startDate ?? today,
        // The options taken with "Your track" on the roadmap, and the skills kept in the plan anyway.
        choices: { ...d.choices },
        includeAnyway: Object.keys(d.includeAnyway).filter((id) => skillIds.has(id)),
      };
    };

    const preset = this.querySelector<HTMLSelectElement>('[data-preset]')!;
    const presetMessage = this.querySelector<HTMLElement>('[data-preset-message]')!;
    const undo = this.querySelector<HTMLButtonElement>('[data-action="undo-preset"]')!;
    const role = this.querySelector<HTMLSelectElement>('[data-role]')!;
    const hours = this.querySelector<HTMLInputElement>('[data-hours]')!;
    const start = this.querySelector<HTMLInputElement>('[data-start]')!;
    const status = this.querySelector<HTMLElement>('[data-keep-status]')!;
    const steps = [...this.querySelectorAll<HTMLFieldSetElement>('[data-category-step]')];
    const progressText = this.querySelector<HTMLElement>('[data-step-progress]')!;
    const ratedBar = this.querySelector<HTMLProgressElement>('[data-rated-progress]')!;
    const prev = this.querySelector<HTMLButtonElement>('[data-action="prev-category"]')!;
    const next = this.querySelector<HTMLButtonElement>('[data-action="next-category"]')!;
    // The bottom of the assessment carries the step buttons, so the next category starts where the last one ended.
    steps.at(-1)?.after(prev.parentElement!);
    let step = 0;

    if (shared) {
      banner.hidden = false;
      banner.replaceChildren(
        'You are looking at a shared plan. It is read-only and nothing from it is saved on this device. ',
        el('a', { href: `${base}plan/` }, 'Open your own plan'),
      );
      // A shared plan is someone else's: nothing of this device's progress goes into what it exports.
      for (const input of this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
        'input, select, [data-action="json"]',
      ))
        input.disabled = true;
      this.querySelector('[data-action="json"]')?.setAttribute('title', 'Your own progress file: open your own plan to download it');
    }

    /** Ratings before the last background was applied, so it can be undone. */
    let beforePreset: Record<string, number> | undefined;
    const setRatings = (ratings: Record<string, number | undefined>) =>
      flagSave(
        preset,
        store.set(
          ...data.skills.map((s): [FieldPath, unknown] => [['ratings', s.id], Object.hasOwn(ratings, s.id) ? ratings[s.id] : undefined]),
        ),
      );
    const applyPreset = () => {
      const id = preset.value;
      if (!isPresetId(id)) return;
      beforePreset = { ...state().ratings };
      const ratings = presetRatings(id, data.skills);
      setRatings(ratings);
      presetMessage.textContent = `Filled in ${count(Object.keys(ratings).length, 'rating', 'ratings')} for: ${presetLabels[id]}. Adjust any that do not fit you.`;
      undo.hidden = false;
    };

    this.addEventListener(
      'change',
      (e) => {
        if (shared) return;
        const t = e.target as HTMLInputElement;
        const rated = t.closest<HTMLElement>('[data-rate-skill]');
        const change = (path: FieldPath, value: unknown, control: Element = t) => flagSave(control, store.set([path, value]));
        if (rated && t.type === 'radio')
          change(['ratings', rated.dataset['rateSkill']!], t.value === '' ? undefined : Number(t.value), rated);
        else if (t === (preset as unknown)) applyPreset();
        else if (t === (role as unknown)) change(['role'], role.value);
        else if (t === hours && isHoursPerWeek(Number(hours.value))) change(['hoursPerWeek'], Number(hours.value));
        else if (t === start && isCalendarDay(start.value)) change(['startDate'], start.value);
        else if (t === hours || t === start)
          status.textContent = `Enter a start date between ${fmt(start.min)} and ${fmt(start.max)}, and a whole number of hours from ${HOURS_PER_WEEK.min} to ${HOURS_PER_WEEK.max}.`;
      },
      { signal },
    );

    let current: ReturnType<typeof compute> | undefined;
    function compute() {
      const s = state();
      const r = data.roles.find((x) => x.id === s.role) ?? data.roles[0]!;
      const work = planWork({
        skills: data.skills,
        months: data.months,
        role: r,
        ratings: s.ratings,
        taskStates: shared ? {} : store.doc.tasks,
        includeAnyway: s.includeAnyway ?? [],
        choices: s.choices ?? {},
      });
      const schedule = weeklySchedule(work.todo, { startDate: s.startDate, hoursPerWeek: s.hoursPerWeek });
      const goals = goalsAt(
        {
          work,
          schedule,
          skills: data.skills,
          months: data.months,
          projects: new Map(data.months.map((m) => [m.month, m.project.title])),
          ratings: s.ratings,
        },
        [3, 6, 12],
      );
      const certs = certificationsForRole(r)
        .map((id) => data.certs.find((c) => c.id === id))
        .filter((c): c is PlanData['certs'][number] => c !== undefined && c.state !== 'retired');
      const gaps = gapsForRole(data.skills, r, s.ratings);
      return { s, role: r, gaps, work, schedule, goals, portfolio: portfolioChecklist(data.months, work), certs };
    }

    // A computation that throws leaves every other control working and says what to do.
    const render = () => {
      drawAssessment();
      try {
        draw();
      } catch {
        current = undefined;
        this.querySelector('[data-plan-output]')!.replaceChildren(
          el(
            'p',
            { className: 'notice' },
            'This plan cannot be worked out from the current start date and hours. Pick another start date or number of hours per week.',
          ),
        );
      }
      drawPlanPictures(this, data.skills, current);
    };

    const drawAssessment = () => {
      const ratings = state().ratings;
      for (const fs of this.querySelectorAll<HTMLElement>('[data-rate-skill]')) {
        const id = fs.dataset['rateSkill']!;
        const v = Object.hasOwn(ratings, id) ? String(ratings[id]) : '';
        const radio = fs.querySelector<HTMLInputElement>(`input[value="${v}"]`);
        if (radio && !radio.checked) radio.checked = true;
      }
      // The background whose ratings these are, if they are exactly one background's.
      const match = presetIds.find((id) => {
        const p = presetRatings(id, data.skills);
        return Object.keys(p).every((k) => ratings[k] === p[k]);
      });
      if (document.activeElement !== preset) preset.value = match ?? '';
      steps.forEach((fs, i) => (fs.hidden = i !== step));
      const fs = steps[step];
      const inStep = fs ? [...fs.querySelectorAll<HTMLElement>('[data-rate-skill]')] : [];
      const ratedHere = inStep.filter((f) => Object.hasOwn(ratings, f.dataset['rateSkill']!)).length;
      const ratedAll = data.skills.filter((s) => Object.hasOwn(ratings, s.id)).length;
      progressText.textContent = `Category ${step + 1} of ${steps.length}: ${fs?.dataset['categoryTitle'] ?? ''}. ${ratedHere} of ${inStep.length} skills rated here, ${ratedAll} of ${data.skills.length} in all.`;
      ratedBar.value = ratedAll;
      ratedBar.max = data.skills.length;
      prev.disabled = step === 0;
      next.textContent = step === steps.length - 1 ? 'Continue to goals' : 'Next category';
    };

    const draw = () => {
      const c = (current = compute());
      role.value = c.role.id;
      if (document.activeElement !== hours) hours.value = String(c.s.hoursPerWeek);
      if (document.activeElement !== start) start.value = c.s.startDate;
      this.querySelector('[data-role-summary]')!.replaceChildren(...renderSummary(c));
      this.querySelector('[data-goals]')!.replaceChildren(...renderGoals(c.goals, c.work.todo.length > 0));
      this.querySelector('[data-gaps]')!.replaceChildren(...renderGaps(c.gaps));
      this.querySelector('[data-plan-output]')!.replaceChildren(...renderSchedule(c));
      this.querySelector('[data-portfolio]')!.replaceChildren(...renderPortfolio(c));
    };

    type Computed = ReturnType<typeof compute>;

    function renderSummary(c: Computed): Node[] {
      const { hours: h } = c.work;
      const noGaps = !c.gaps.some((g) => g.gap > 0);
      const lines: string[] = [];
      lines.push(`The ${c.role.title} track is ${hoursText(h.track)} of roadmap tasks.`);
      if (h.covered > 0) lines.push(`Your ratings already cover ${hoursText(h.covered)}.`);
      if (h.done + h.skipped > 0) lines.push(`You have done or skipped ${hoursText(h.done + h.skipped)} on the roadmap.`);
      lines.push(
        c.schedule.totalWeeks > 0
          ? `Your plan holds the remaining ${hoursText(h.todo)}: ${count(c.schedule.totalWeeks, 'week', 'weeks')} at ${hoursText(c.s.hoursPerWeek)} a week.`
          : 'Nothing is left to schedule.',
      );
      const out: Node[] = [document.createTextNode(lines.join(' '))];
      if (noGaps) out.unshift(el('strong', {}, 'No gaps: you already meet every level this role needs. '));
      return out;
    }

    function renderGoals(goals: Goal[], hasWork: boolean): Node[] {
      const out: Node[] = [el('h3', { className: 'mt-6 text-lg font-semibold' }, 'Goals at 3, 6 and 12 months')];
      if (!hasWork)
        return [
          ...out,
          el(
            'p',
            {},
            'No goals to set: there is nothing left to learn for this role. Pick a more demanding role, or keep sharpening with the roadmap.',
          ),
        ];
      out.push(
        el(
          'p',
          { className: 'muted text-sm' },
          'Each goal adds to the ones before it: what you will have finished and reached by then at this pace.',
        ),
      );
      for (const g of goals) {
        const items: Node[] = [
          ...g.projects.map((p) =>
            el('li', {}, 'Finish the project of ', link(`${monthPath(p.month)}#project`, `month ${p.month}: ${p.title}`)),
          ),
          ...g.levels.map((l) => el('li', {}, `Reach ${levelTitle(l.level)} (${l.level}) in ${skillTitle.get(l.skill) ?? l.skill}`)),
          ...(g.finished ? [el('li', {}, 'Finish the whole plan')] : []),
        ];
        out.push(
          el('h4', { className: 'mt-3 font-semibold' }, `In ${g.months} months (by ${fmt(g.byDate)})`),
          items.length
            ? el('ul', { className: 'list-disc pl-6' }, ...items)
            : el('p', {}, 'Nothing new by then at this pace: the work so far builds toward the next goal.'),
        );
      }
      return out;
    }

    function renderGaps(gaps: SkillGap[]): Node[] {
      const shown = gaps.filter((g) => g.required > 0).sort((a, b) => b.gap - a.gap);
      const table = el('table', { className: 'plan-table' });
      table.append(
        el('caption', { className: 'sr-only' }, 'Current and required level for each skill'),
        el('thead', {}, el('tr', {}, ...['Skill', 'You now', 'Role needs', 'Gap'].map((h) => el('th', { scope: 'col' }, h)))),
        el(
          'tbody',
          {},
          ...shown.map((g) => {
            const skill = data.skills.find((s) => s.id === g.skillId)!;
            const rated = Object.hasOwn(current?.s.ratings ?? {}, g.skillId);
            return el(
              'tr',
              {},
              el('th', { scope: 'row' }, link(routes.skill(skill.category, skill.id), g.title)),
              el('td', {}, rated ? level(g.current) : 'Not rated'),
              el('td', {}, level(g.required)),
              el('td', {}, g.gap > 0 ? count(g.gap, 'level', 'levels') : 'None'),
            );
          }),
        ),
      );
      return [table];
    }

    const itemNode = (i: PlanItem) =>
      el(
        'li',
        {},
        link(taskPath(i.month, i.taskId), i.text),
        el('span', { className: 'muted' }, ` · ${i.skill ? (skillTitle.get(i.skill) ?? i.skill) : 'General'} · ${i.hours} h`),
        ...(i.continued ? [' · continued'] : []),
        ...(i.continues ? [' · continues next week'] : []),
      );

    function renderSchedule(c: Computed): Node[] {
      const out: Node[] = [];
      const sch = c.schedule;
      const last = sch.weeks.at(-1);
      out.push(
        el(
          'p',
          { className: 'mt-3' },
          sch.totalWeeks > 0
            ? `${hoursText(sch.totalHours)} in all: ${count(sch.totalWeeks, 'week', 'weeks')} at ${hoursText(c.s.hoursPerWeek)} a week, from ${fmt(c.s.startDate)}${last && !sch.truncated ? ` to ${fmt(last.end)}` : ''}.${sch.truncated ? ' Only the first two years are shown; more hours a week would shorten the plan.' : ''}`
            : 'Nothing to schedule: every task of this track is done, skipped or covered by your ratings.',
        ),
        el(
          'p',
          { className: 'muted text-sm' },
          'The tasks come from the roadmap in its order, so technical, domain and soft-skill work mix as in the months themselves; soft skills and continuous learning take at most part of any week. Each task links to its place on its month page.',
        ),
      );
      out.push(...renderCovered(c));
      const groups = scheduleByMonth(sch);
      if (groups.length) {
        out.push(Object.assign(button('Open all months', 'open-months'), { className: 'btn no-print mt-3' }));
        groups.forEach((g, index) => {
          const [a, b] = [g.weeks[0]!.week, g.weeks.at(-1)!.week];
          const open = openMonths ? openMonths.has(g.month) : index === 0;
          const details = el('details', { className: 'plan-month', open });
          // A month's weeks are drawn when it first opens, so a long plan stays a light page.
          const fill = () => {
            if (details.childElementCount > 1) return;
            details.append(
              ...g.weeks.map((w) => {
                const list = el('ul', {}, ...w.items.map(itemNode));
                list.setAttribute('aria-label', `Week ${w.week} tasks`);
                return el(
                  'div',
                  { className: 'plan-week' },
                  el(
                    'p',
                    { className: 'font-medium' },
                    `Week ${w.week}`,
                    el('span', { className: 'muted text-sm font-normal' }, ` · ${fmt(w.start)} to ${fmt(w.end)}`),
                  ),
                  list,
                );
              }),
            );
          };
          fillMonth.set(details, fill);
          details.addEventListener('toggle', () => {
            if (details.open) fill();
            openMonths ??= new Set(groups.slice(0, 1).map((x) => x.month));
            if (details.open) openMonths.add(g.month);
            else openMonths.delete(g.month);
          });
          details.append(
            el(
              'summary',
              {},
              `Month ${g.month}: ${monthTitle.get(g.month) ?? ''}`,
              el('span', { className: 'muted text-sm font-normal' }, `${a === b ? `week ${a}` : `weeks ${a}–${b}`} · ${g.hours} h`),
            ),
          );
          if (open) fill();
          out.push(details);
        });
      }
      return out;
    }

    function renderCovered(c: Computed): Node[] {
      const { covered } = c.work;
      const included = (c.s.includeAnyway ?? []).filter((s) => c.work.months.some((m) => m.tasks.some((t) => t.skill === s)));
      if (!covered.length && !included.length) return [];
      const tasks = covered.reduce((n, g) => n + g.tasks.length, 0);
      const details = el('details', { className: 'plan-disclosure mt-3', open: coveredOpen });
      details.addEventListener('toggle', () => (coveredOpen = details.open));
      details.append(
        el(
          'summary',
          { className: 'cursor-pointer font-medium' },
          `Already covered by your ratings: ${count(tasks, 'task', 'tasks')}, ${hoursText(c.work.hours.covered)}`,
        ),
        el(
          'p',
          { className: 'muted mt-1 text-sm' },
          'A task is covered when you rate its skill at or above the level the task works toward. Include a skill to put its tasks back, or lower the rating.',
        ),
        el(
          'ul',
          { className: 'mt-2 space-y-2' },
          ...covered.map((g) =>
            el(
              'li',
              { className: 'flex flex-wrap items-center gap-2' },
              `${skillTitle.get(g.skill) ?? g.skill} (rated ${level(g.rating)}): ${count(g.tasks.length, 'task', 'tasks')}, ${hoursText(g.hours)}`,
              button(`Include ${skillTitle.get(g.skill) ?? g.skill} anyway`, 'include', g.skill),
            ),
          ),
          ...included.map((s) =>
            el(
              'li',
              { className: 'flex flex-wrap items-center gap-2' },
              `${skillTitle.get(s) ?? s}: included anyway`,
              button(`Leave out ${skillTitle.get(s) ?? s} again`, 'exclude', s),
            ),
          ),
        ),
      );
      return [details];
    }

    function renderPortfolio(c: Computed): Node[] {
      const out: Node[] = [el('h3', { className: 'mt-4 text-lg font-semibold' }, 'Portfolio checklist')];
      out.push(
        c.portfolio.length
          ? el(
              'ul',
              { className: 'list-disc pl-6' },
              ...c.portfolio.map((p) =>
                el('li', {}, link(`${monthPath(p.month)}#project`, `Month ${p.month}: ${p.title}`), ` (${p.deliverables.join('; ')})`),
              ),
            )
          : el('p', {}, 'No roadmap projects left in your plan; keep your existing work up to date on GitHub and LinkedIn.'),
      );
      out.push(el('h3', { className: 'mt-6 text-lg font-semibold' }, 'Certifications that fit this role'));
      out.push(el('ul', { className: 'list-disc pl-6' }, ...c.certs.map((x) => el('li', {}, link(routes.certification(x.id), x.title)))));
      return out;
    }

    /** Roadmap months this person has completed, as CV evidence for the skills they teach. */
    const evidence = () => {
      const out: Record<string, string[]> = {};
      if (shared) return out; // a shared plan's evidence would be this visitor's, not the sharer's
      for (const m of data.months) {
        const ids = m.tasks.map((t) => t.id);
        if (!ids.length) continue;
        // A completed month (every task done or skipped, at least one done) is evidence for its skills.
        if (!isMonthComplete(store.doc, { tasks: ids }) || progressOf(store.doc, ids).done === 0) continue;
        for (const s of new Set(m.tasks.flatMap((t) => (t.skill ? [t.skill] : []))))
          (out[s] ??= []).push(`Month ${m.month} project: ${m.project.title}`);
      }
      return out;
    };

    /**
     * Keeps a covered skill's tasks in the plan, or leaves them out again: stored with the person's
     * progress, or only on this page for a shared plan. Focus moves to the button that undoes it.
     */
    const includeAnyway = (skill: string, on: boolean) => {
      if (shared) {
        const kept = new Set(shared.includeAnyway);
        if (on) kept.add(skill);
        else kept.delete(skill);
        shared.includeAnyway = [...kept];
        render();
      } else flagSave(this.querySelector('[data-plan-output]')!, store.set([['includeAnyway', skill], on || undefined]));
      this.querySelector<HTMLElement>(`[data-action="${on ? 'exclude' : 'include'}"][data-skill="${CSS.escape(skill)}"]`)?.focus();
    };

    const moveStep = (to: number) => {
      step = Math.max(0, Math.min(steps.length - 1, to));
      drawAssessment();
      progressText.scrollIntoView({ block: 'nearest' });
    };

    const actions: Record<string, (b: HTMLElement) => void | Promise<void>> = {
      'undo-preset': () => {
        if (!beforePreset) return;
        setRatings(beforePreset);
        beforePreset = undefined;
        undo.hidden = true;
        presetMessage.textContent = 'Your earlier ratings are back.';
        preset.value = '';
        preset.focus();
      },
      'prev-category': () => moveStep(step - 1),
      'next-category': () => {
        if (step < steps.length - 1) return moveStep(step + 1);
        const target = this.querySelector<HTMLElement>('#target');
        target?.setAttribute('tabindex', '-1');
        target?.focus();
      },
      include: (b) => includeAnyway(b.dataset['skill']!, true),
      exclude: (b) => includeAnyway(b.dataset['skill']!, false),
      'open-months': () => {
        for (const d of this.querySelectorAll<HTMLDetailsElement>('.plan-month')) {
          fillMonth.get(d)?.();
          d.open = true;
        }
      },
      // Exports load their code when asked for, so a first visit carries only the planner.
      markdown: async () => {
        const c = current;
        if (!c) return;
        const { planMarkdown } = await import('../lib/plan/markdown');
        const md = planMarkdown({
          roleTitle: c.role.title,
          hoursPerWeek: c.s.hoursPerWeek,
          startDate: c.s.startDate,
          generated: today,
          gaps: c.gaps,
          work: c.work,
          goals: c.goals,
          schedule: c.schedule,
          portfolio: c.portfolio,
          certifications: c.certs.map((x) => ({ title: x.title, url: new URL(href(routes.certification(x.id)), location.origin).href })),
          ratings: c.s.ratings,
          skills: data.skills,
          months: data.months,
          evidence: evidence(),
          siteUrl: new URL(base, location.origin).href,
        });
        download('learning-plan.md', md, 'text/markdown');
      },
      json: downloadProgress,
      ics: async () => {
        const c = current;
        if (!c) return;
        const { icsCalendar } = await import('../lib/calendar');
        if (!c.schedule.weeks.length) return void (status.textContent = 'There is nothing to schedule: no tasks are left for this role.');
        const events = c.schedule.weeks.map((w) => ({
          // A shared plan's events never replace the visitor's own plan's in a calendar app.
          uid: `${shared ? `shared-${location.hash.slice(SHARE_PREFIX.length, SHARE_PREFIX.length + 16)}-` : ''}plan-week-${w.week}`,
          start: w.start,
          end: w.end,
          summary: `Study week ${w.week}: ${[...new Set(w.items.map((i) => (i.skill ? (skillTitle.get(i.skill) ?? i.skill) : 'General')))].join(', ')}`,
          description: w.items.map((i) => `${i.text} (${i.hours} h, roadmap month ${i.month})`).join('\n'),
          url: new URL(`${base}plan/`, location.origin).href,
        }));
        download(
          'learning-plan.ics',
          icsCalendar({
            prodId: '-//Healthcare AI Skills Matrix//Plan//EN',
            calendarName: 'Healthcare AI learning plan',
            events,
            now: new Date(),
          }),
          'text/calendar',
        );
      },
      print: () => print(),
      share: async () => {
        const { shareUrl } = await import('../lib/plan/share');
        let url: string;
        try {
          url = shareUrl(new URL(`${base}plan/`, location.origin).href, state());
        } catch {
          status.textContent = 'This plan cannot be shared as a link: pick a role, hours per week and a start date first.';
          return;
        }
        void navigator.clipboard?.writeText(url).catch(() => undefined);
        status.replaceChildren('Share link (copied if your browser allows): ', el('a', { href: url }, 'open the shared plan'));
        status.dataset['link'] = url;
      },
    };
    this.addEventListener(
      'click',
      (e) => {
        const b = (e.target as Element).closest<HTMLElement>('[data-action]');
        // An export whose code cannot load says so; every other control keeps working.
        if (b)
          void Promise.resolve(actions[b.dataset['action']!]?.(b)).catch(() => {
            status.textContent = 'This could not be done just now: check your connection and try again.';
          });
      },
      { signal },
    );
    // Opening another share link, or leaving one for the person's own plan, swaps whose plan this is.
    // A jump to a place on the page (the skip link) is only a jump: a shared plan stays, link and all.
    addEventListener(
      'hashchange',
      (e) => {
        const [from, to] = [new URL(e.oldURL).hash, new URL(e.newURL).hash];
        const jump = to.length > 1 && !to.startsWith(SHARE_PREFIX) && document.getElementById(decodeURIComponent(to.slice(1)));
        if (jump && from.startsWith(SHARE_PREFIX)) history.replaceState(null, '', e.oldURL);
        else if (!jump && (from.startsWith(SHARE_PREFIX) || to.startsWith(SHARE_PREFIX))) location.reload();
      },
      { signal },
    );
    // On paper, every month of the schedule shows.
    addEventListener('beforeprint', () => void actions['open-months']!(this), { signal });
    signal.addEventListener('abort', store.subscribe(render), { once: true });
    this.inert = false;
    render();
  }
}
customElements.define('plan-app', PlanApp);
