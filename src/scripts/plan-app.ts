/**
 * `<plan-app>`: the self-assessment and personal learning plan. Ratings, role, pace and start date
 * live in the progress store (the same document as roadmap progress). A `#share=` link opens a
 * read-only copy without touching this device's data. Logic lives in src/lib/plan*.ts.
 */
import { icsCalendar } from '../lib/calendar';
import { formatDate } from '../lib/format';
import { todayIso } from '../lib/dates';
import { certificationsForRole, gapsForRole, orderGaps, type SkillGap } from '../lib/plan/gaps';
import { goalsAt } from '../lib/plan/goals';
import { portfolioChecklist } from '../lib/plan/portfolio';
import { weeklySchedule } from '../lib/plan/schedule';
import { PLAN_DATA_ID, type PlanData } from '../lib/plan/data';
import { planMarkdown } from '../lib/plan/markdown';
import { isPresetId, presetLabels, presetRatings } from '../lib/plan/presets';
import { SHARE_PREFIX, decodePlan, shareUrl, type SharedPlan } from '../lib/plan/share';
import { progressOf } from '../lib/progress/doc';
import type { FieldPath } from '../lib/progress/store';
import { isMonthComplete } from '../lib/roadmap-data';
import { isCalendarDay } from '../lib/calendar-day';
import { monthPath } from '../lib/paths';
import { HOURS_PER_WEEK, isHoursPerWeek } from '../lib/rules';
import { levelNames } from '../lib/rules';
import { download } from './download';
// The page's progress store, shared with its notices and other tabs (and repaired first if need be).
import { downloadProgress, flagSave, store } from './progress-live';

const base = import.meta.env.BASE_URL;
const level = (n: number) => `${n} ${levelNames[n] ?? ''}`;
const fmt = (iso: string) => (isCalendarDay(iso) ? formatDate(new Date(`${iso}T00:00:00Z`)) : iso);
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
};
const link = (href: string, text: string) => el('a', { href: `${base}${href.replace(/^\//, '')}` }, text);

class PlanApp extends HTMLElement {
  async connectedCallback() {
    await store.ready; // older or damaged stored data is migrated or repaired first
    const dataEl = document.getElementById(PLAN_DATA_ID);
    if (!dataEl) return;
    const data = JSON.parse(dataEl.textContent ?? '{}') as PlanData;
    const today = todayIso(new Date());
    let shared: SharedPlan | undefined;
    const banner = this.querySelector<HTMLElement>('[data-shared-banner]')!;
    if (location.hash.startsWith(SHARE_PREFIX)) {
      try {
        shared = decodePlan(location.hash);
        if (!data.roles.some((r) => r.id === shared!.role)) {
          shared = undefined;
          throw new Error('This share link is for a role this version of the site does not have.');
        }
      } catch (e) {
        banner.hidden = false;
        banner.textContent = `${(e as Error).message} Showing your own plan instead.`;
      }
    }
    const skillIds = new Set(data.skills.map((s) => s.id));
    const state = (): SharedPlan => {
      if (shared) return shared;
      const d = store.doc;
      return {
        // Only ratings of skills the site has: an old or imported key never breaks a share link.
        ratings: Object.fromEntries(Object.entries(d.ratings).filter(([id]) => skillIds.has(id))),
        role: d.role && data.roles.some((r) => r.id === d.role) ? d.role : data.roles[0]!.id,
        hoursPerWeek: d.hoursPerWeek ?? HOURS_PER_WEEK.default,
        startDate: d.startDate ?? today,
      };
    };

    const preset = this.querySelector<HTMLSelectElement>('[data-preset]')!;
    const role = this.querySelector<HTMLSelectElement>('[data-role]')!;
    const hours = this.querySelector<HTMLInputElement>('[data-hours]')!;
    const start = this.querySelector<HTMLInputElement>('[data-start]')!;
    const status = this.querySelector<HTMLElement>('[data-keep-status]')!;

    if (shared) {
      banner.hidden = false;
      banner.replaceChildren(
        'You are looking at a shared plan. It is read-only and nothing from it is saved on this device. ',
        el('a', { href: `${base}plan/` }, 'Open your own plan'),
      );
      // A shared plan is someone else's: nothing of this device's progress goes into what it exports.
      for (const input of this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, [data-action="apply-preset"], [data-action="json"]'))
        input.disabled = true;
      this.querySelector('[data-action="json"]')?.setAttribute('title', 'Your own progress file: open your own plan to download it');
    }

    this.addEventListener('change', (e) => {
      if (shared) return;
      const t = e.target as HTMLInputElement;
      const rated = t.closest<HTMLElement>('[data-rate-skill]');
      const change = (path: FieldPath, value: unknown, control: Element = t) => flagSave(control, store.set([path, value]));
      if (rated && t.type === 'radio') change(['ratings', rated.dataset['rateSkill']!], Number(t.value), rated);
      else if (t === (role as unknown)) change(['role'], role.value);
      else if (t === hours && isHoursPerWeek(Number(hours.value))) change(['hoursPerWeek'], Number(hours.value));
      else if (t === start && isCalendarDay(start.value)) change(['startDate'], start.value);
      else if (t === hours || t === start)
        status.textContent = `Enter a start date between ${fmt(start.min)} and ${fmt(start.max)}, and a whole number of hours from ${HOURS_PER_WEEK.min} to ${HOURS_PER_WEEK.max}.`;
    });

    let current: ReturnType<typeof compute> | undefined;
    function compute() {
      const s = state();
      const r = data.roles.find((x) => x.id === s.role) ?? data.roles[0]!;
      const gaps = gapsForRole(data.skills, r, s.ratings);
      const ordered = orderGaps(gaps, data.skills);
      const schedule = weeklySchedule(ordered, data.skills, data.months, { startDate: s.startDate, hoursPerWeek: s.hoursPerWeek });
      const certs = certificationsForRole(r)
        .map((id) => data.certs.find((c) => c.id === id))
        .filter((c): c is PlanData['certs'][number] => c !== undefined && c.state !== 'retired');
      return { s, role: r, gaps, ordered, schedule, goals: goalsAt(schedule, [3, 6, 12]), portfolio: portfolioChecklist(data.months, ordered), certs };
    }

    // A computation that throws leaves every other control working and says what to do.
    const render = () => {
      try {
        draw();
      } catch {
        current = undefined;
        this.querySelector('[data-plan-output]')!.replaceChildren(
          el('p', { className: 'notice' }, 'This plan cannot be worked out from the current start date and hours. Pick another start date or number of hours per week.'),
        );
      }
    };
    const draw = () => {
      const c = (current = compute());
      for (const fs of this.querySelectorAll<HTMLElement>('[data-rate-skill]')) {
        const v = String(c.s.ratings[fs.dataset['rateSkill']!] ?? 0);
        const radio = fs.querySelector<HTMLInputElement>(`input[value="${v}"]`);
        if (radio && !radio.checked) radio.checked = true;
      }
      role.value = c.role.id;
      if (document.activeElement !== hours) hours.value = String(c.s.hoursPerWeek);
      if (document.activeElement !== start) start.value = c.s.startDate;
      this.querySelector('[data-role-summary]')!.textContent = `${c.role.title}: ${c.gaps.filter((g) => g.gap > 0).length} of ${c.gaps.length} skills below the level this role needs.`;
      this.querySelector('[data-gaps]')!.replaceChildren(...renderGaps(c.gaps, c.ordered));
      this.querySelector('[data-plan-output]')!.replaceChildren(...renderPlan(c));
    };

    function renderGaps(gaps: SkillGap[], ordered: SkillGap[]): Node[] {
      const withGap = gaps.filter((g) => g.required > 0 || g.current > 0);
      const table = el('table', { className: 'plan-table' });
      table.append(
        el('caption', { className: 'sr-only' }, 'Current and required level for each skill'),
        el('thead', {}, el('tr', {}, ...['Skill', 'You now', 'Role needs', 'Gap'].map((h) => el('th', { scope: 'col' }, h)))),
        el(
          'tbody',
          {},
          ...withGap.map((g) => {
            const skill = data.skills.find((s) => s.id === g.skillId)!;
            const bar = el('meter', { min: 0, max: 4, value: g.current, low: g.required - 0.5, optimum: 4 });
            bar.setAttribute('aria-label', `${g.title}: ${g.current} of 4`);
            return el(
              'tr',
              {},
              el('th', { scope: 'row' }, link(skill.href, g.title)),
              el('td', {}, bar, ` ${level(g.current)}`),
              el('td', {}, level(g.required)),
              el('td', {}, g.gap > 0 ? `${g.gap} ${g.gap === 1 ? 'level' : 'levels'}` : 'None'),
            );
          }),
        ),
      );
      const order = ordered.length
        ? el('ol', { className: 'mt-2 list-decimal space-y-1 pl-6' }, ...ordered.map((g) => el('li', {}, `${g.title}: from ${level(g.current)} to ${level(g.required)}`)))
        : el('p', { className: 'mt-2' }, 'No gaps: you already meet every level this role needs. Pick a more demanding role, or keep sharpening with the roadmap.');
      return [table, el('h3', { className: 'mt-6 text-lg font-semibold' }, 'Work on them in this order (prerequisites first)'), order];
    }

    function renderPlan(c: NonNullable<typeof current>): Node[] {
      const out: Node[] = [];
      out.push(el('h3', { className: 'mt-4 text-lg font-semibold' }, 'Goals'));
      for (const g of c.goals) {
        out.push(
          el('h4', { className: 'mt-3 font-semibold' }, `In ${g.months} months (by ${fmt(g.byDate)})`),
          g.reach.length
            ? el('ul', { className: 'list-disc pl-6' }, ...g.reach.map((r) => el('li', {}, `${r.title}: reach ${level(r.level)}${r.level < r.targetLevel ? ` (on the way to ${level(r.targetLevel)})` : ''}`)))
            : el('p', {}, 'Nothing new by then at this pace.'),
        );
      }
      const sch = c.schedule;
      out.push(
        el('h3', { className: 'mt-6 text-lg font-semibold' }, 'Weekly schedule'),
        el('p', {}, `${sch.totalHours} hours in all: ${sch.totalWeeks} weeks at ${c.s.hoursPerWeek} hours a week from ${fmt(c.s.startDate)}.${sch.truncated ? ' Only the first two years are shown; consider more hours a week.' : ''}`),
      );
      if (sch.weeks.length) {
        const rows = sch.weeks.map((w) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, `Week ${w.week}`),
            el('td', {}, `${fmt(w.start)} to ${fmt(w.end)}`),
            el('td', {}, w.items.map((i) => `${i.title} (${i.hours} h${i.month ? `, roadmap month ${i.month}` : ''})`).join('; ')),
          ),
        );
        const table = el('table', { className: 'plan-table' }, el('caption', { className: 'sr-only' }, 'Weekly study schedule'), el('thead', {}, el('tr', {}, ...['Week', 'Dates', 'Study'].map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, ...rows));
        out.push(table);
      }
      out.push(el('h3', { className: 'mt-6 text-lg font-semibold' }, 'Portfolio checklist'));
      out.push(
        c.portfolio.length
          ? el('ul', { className: 'list-disc pl-6' }, ...c.portfolio.map((p) => el('li', {}, link(monthPath(p.month), `Month ${p.month}: ${p.title}`), ` (${p.deliverables.join('; ')})`)))
          : el('p', {}, 'No projects needed for your gaps; keep your existing work up to date on GitHub and LinkedIn.'),
      );
      out.push(el('h3', { className: 'mt-6 text-lg font-semibold' }, 'Certifications that fit this role'));
      out.push(el('ul', { className: 'list-disc pl-6' }, ...c.certs.map((x) => el('li', {}, link(x.href, x.title)))));
      return out;
    }

    /** Roadmap months this person has completed that teach a skill, as CV evidence. */
    const evidence = () => {
      const out: Record<string, string[]> = {};
      if (shared) return out; // a shared plan's evidence would be this visitor's, not the sharer's
      for (const m of data.months) {
        if (!m.tasks.length) continue;
        // A completed month (every task done or skipped, at least one done) is evidence for its skills.
        if (!isMonthComplete(store.doc, m) || progressOf(store.doc, m.tasks).done === 0) continue;
        for (const s of m.skills) (out[s] ??= []).push(`Month ${m.month} project: ${m.project.title}`);
      }
      return out;
    };

    const actions: Record<string, () => void> = {
      'apply-preset': () => {
        const id = preset.value;
        if (!isPresetId(id)) return void (status.textContent = 'Choose a background first.');
        flagSave(status, store.set(...Object.entries(presetRatings(id, data.skills)).map(([skill, v]): [FieldPath, unknown] => [['ratings', skill], v])));
        status.textContent = `Ratings filled in for ${presetLabels[id]}. Adjust any that do not fit you.`;
      },
      markdown: () => {
        const c = current;
        if (!c) return;
        const md = planMarkdown({
          roleTitle: c.role.title,
          hoursPerWeek: c.s.hoursPerWeek,
          startDate: c.s.startDate,
          generated: today,
          gaps: c.ordered,
          goals: c.goals,
          schedule: c.schedule,
          portfolio: c.portfolio,
          certifications: c.certs.map((x) => ({ title: x.title, url: new URL(`${base}${x.href.slice(1)}`, location.origin).href })),
          ratings: c.s.ratings,
          skills: data.skills,
          evidence: evidence(),
          siteUrl: new URL(base, location.origin).href,
        });
        download('learning-plan.md', md, 'text/markdown');
      },
      json: downloadProgress,
      ics: () => {
        const c = current;
        if (!c) return;
        if (!c.schedule.weeks.length) return void (status.textContent = 'There is nothing to schedule: no gaps for this role.');
        const events = c.schedule.weeks.map((w) => ({
          // A shared plan's events never replace the visitor's own plan's in a calendar app.
          uid: `${shared ? `shared-${location.hash.slice(SHARE_PREFIX.length, SHARE_PREFIX.length + 16)}-` : ''}plan-week-${w.week}`,
          start: w.start,
          end: w.end,
          summary: `Study week ${w.week}: ${w.items.map((i) => i.title).join(', ')}`,
          description: w.items.map((i) => `${i.title}: ${i.hours} h towards ${level(i.targetLevel)}`).join('\n'),
          url: new URL(`${base}plan/`, location.origin).href,
        }));
        download('learning-plan.ics', icsCalendar({ prodId: '-//Healthcare AI Skills Matrix//Plan//EN', calendarName: 'Healthcare AI learning plan', events, now: new Date() }), 'text/calendar');
      },
      print: () => print(),
      share: () => {
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
    this.addEventListener('click', (e) => {
      const b = (e.target as Element).closest<HTMLElement>('[data-action]');
      if (b) actions[b.dataset['action']!]?.();
    });
    // Opening another share link, or leaving one for the person's own plan, swaps whose plan this is.
    // A jump to a place on the page (the skip link) is only a jump: a shared plan stays, link and all.
    addEventListener('hashchange', (e) => {
      const [from, to] = [new URL(e.oldURL).hash, new URL(e.newURL).hash];
      const jump = to.length > 1 && !to.startsWith(SHARE_PREFIX) && document.getElementById(decodeURIComponent(to.slice(1)));
      if (jump && from.startsWith(SHARE_PREFIX)) history.replaceState(null, '', e.oldURL);
      else if (!jump && (from.startsWith(SHARE_PREFIX) || to.startsWith(SHARE_PREFIX))) location.reload();
    });
    store.subscribe(render);
    this.inert = false;
    render();
  }
}
customElements.define('plan-app', PlanApp);
