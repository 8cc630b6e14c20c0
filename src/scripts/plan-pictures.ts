/**
 * The plan's two pictures, drawn by `<plan-app>` each time the plan changes (ratings live on the
 * device, so they are drawn here rather than at build time): "you now" against the role's target
 * for every skill it asks for, and the schedule as a strip of weeks. Each has its words beside it:
 * the bars are list items that say "you 1, target 3, gap 2", and the strip's weeks are listed by
 * roadmap month under it. The shapes come from src/lib/plan/pictures.ts; this is only drawing.
 */
import { formatDate } from '../lib/format';
import type { SkillGap } from '../lib/plan/gaps';
import {
  STRIP_ROW_WEEKS,
  gapsByCategory,
  gapText,
  stripRows,
  stripWeeks,
  weeksByCategory,
  type GapBar,
  type StripWeek,
} from '../lib/plan/pictures';
import type { PlanSchedule } from '../lib/plan/schedule';
import { routes } from '../lib/paths';
import { categoryIds } from '../lib/rules';

/** What the pictures need of the plan `<plan-app>` has worked out. */
export interface PicturesInput {
  role: { title: string };
  gaps: SkillGap[];
  s: { ratings: Record<string, number>; hoursPerWeek: number };
  schedule: Pick<PlanSchedule, 'weeks' | 'totalWeeks' | 'truncated'>;
}

const NS = 'http://www.w3.org/2000/svg';
const svg = (tag: string, attrs: Record<string, string | number>, ...kids: (Node | string)[]) => {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  e.append(...kids);
  return e;
};
const base = import.meta.env.BASE_URL;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** Lane names, in the site's category order (the lanes are labeled on every row). */
const LANES: Record<string, string> = {
  technical: 'Technical',
  domain: 'Domain',
  'soft-skills': 'Soft skills',
  'continuous-learning': 'Learning',
};
const LANE_WORDS: Record<string, string> = {
  technical: 'technical',
  domain: 'healthcare domain',
  'soft-skills': 'soft skills',
  'continuous-learning': 'continuous learning',
};

// One bar: four level cells of 26 px, the target a line after its cell.
const CELL = 26;
const BAR = { width: 4 * CELL + 4, height: 18 };

function bar(b: GapBar): SVGElement {
  const out = svg('svg', {
    viewBox: `0 0 ${BAR.width} ${BAR.height}`,
    width: BAR.width,
    height: BAR.height,
    class: 'plan-gap-bar',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  for (let level = 1; level <= 4; level++) {
    const kind = level <= b.current ? 'you' : level <= b.required ? 'gap' : 'empty';
    out.append(svg('rect', { x: 2 + (level - 1) * CELL + 1, y: 3, width: CELL - 4, height: 12, rx: 2, class: `plan-bar-${kind}` }));
  }
  const x = 2 + b.required * CELL - 1;
  out.append(svg('line', { x1: x, x2: x, y1: 0, y2: BAR.height, class: 'plan-bar-target' }));
  return out;
}

function drawGaps(root: ParentNode, skills: readonly { id: string; category: string }[], c: PicturesInput): void {
  const caption = root.querySelector<HTMLElement>('[data-gap-caption]');
  const groups = gapsByCategory(c.gaps, (id) => Object.hasOwn(c.s.ratings, id));
  const all = groups.flatMap((g) => g.bars);
  const met = all.filter((b) => b.gap === 0).length;
  if (caption)
    caption.textContent = `Each of the ${count(all.length, 'skill', 'skills')} the ${c.role.title} role asks for, by category, largest gap first: you meet the target in ${met} of them. Each bar shows your level on the 0 to 4 scale and a line at the role's target.`;
  for (const section of root.querySelectorAll<HTMLElement>('[data-gap-category]')) {
    const group = groups.find((g) => g.category === section.dataset['gapCategory']);
    section.hidden = !group;
    section.querySelector('ul')?.replaceChildren(
      ...(group?.bars ?? []).map((b) => {
        const skill = skills.find((s) => s.id === b.skillId);
        const name = skill
          ? Object.assign(document.createElement('a'), { href: `${base}${routes.skill(skill.category, skill.id).replace(/^\//, '')}` })
          : document.createElement('span');
        name.textContent = b.title;
        name.className = 'plan-gap-name';
        const sep = Object.assign(document.createElement('span'), { className: 'sr-only', textContent: ': ' });
        // A phone shows the gap alone beside the bar; screen readers, and wider screens, get every figure.
        const short = Object.assign(document.createElement('span'), {
          className: 'plan-gap-short',
          textContent: b.gap > 0 ? `gap ${b.gap}` : 'met',
        });
        short.setAttribute('aria-hidden', 'true');
        const words = Object.assign(document.createElement('span'), { className: 'plan-gap-words', textContent: gapText(b) });
        const li = document.createElement('li');
        li.className = 'plan-gap-row';
        li.append(name, sep, bar(b), short, words);
        return li;
      }),
    );
  }
}

// The strip: rows of a quarter, one column a week, one lane a category.
const LABEL_W = 64;
const COL = 20;
/** Room after the last week for a month label there. */
const TAIL = 14;
const HEAD = 15;
const LANE = 12;
const LANE_GAP = 3;

/** What a week holds, in words: its dates and each skill's hours. */
function weekWords(w: StripWeek): string {
  const what = w.skills.map((s) => `${s.title} ${s.hours} h`).join(', ');
  return `Week ${w.week}, ${shortDate.format(day(w.start))} to ${formatDate(day(w.end))}: ${what || 'nothing planned'}`;
}

function stripRow(weeks: StripWeek[], markers: ReturnType<typeof stripRows>[number]['markers'], perRow: number, hoursPerWeek: number) {
  const lanes = categoryIds.length;
  const height = HEAD + lanes * (LANE + LANE_GAP);
  const width = LABEL_W + perRow * COL + TAIL;
  const row = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'plan-strip-row', focusable: 'false' });
  categoryIds.forEach((c, i) =>
    row.append(svg('text', { x: 0, y: HEAD + i * (LANE + LANE_GAP) + LANE - 2, class: 'plan-strip-label' }, LANES[c] ?? c)),
  );
  for (const m of markers) {
    const x = LABEL_W + m.column * COL - 1.5;
    row.append(
      svg('line', { x1: x, x2: x, y1: HEAD - 3, y2: height, class: 'plan-strip-tick' }),
      svg('text', { x: x + 2, y: HEAD - 5, class: 'plan-strip-month' }, `${MONTHS[m.month]}${m.withYear ? ` ${m.year}` : ''}`),
    );
  }
  weeks.forEach((w, col) => {
    const x = LABEL_W + col * COL;
    const g = svg('g', { 'data-week': w.week }, svg('title', {}, weekWords(w)));
    g.append(svg('rect', { x, y: HEAD, width: COL, height: height - HEAD, class: 'plan-strip-hit' }));
    categoryIds.forEach((c, i) => {
      const top = HEAD + i * (LANE + LANE_GAP);
      g.append(svg('rect', { x: x + 1, y: top, width: COL - 3, height: LANE, class: 'plan-strip-lane' }));
      const h = w.hours[c] ?? 0;
      if (h > 0) {
        const fill = Math.max(3, Math.round(LANE * Math.min(1, h / hoursPerWeek)));
        g.append(svg('rect', { x: x + 1, y: top + LANE - fill, width: COL - 3, height: fill, class: `plan-strip-${c}` }));
      }
    });
    row.append(g);
  });
  return row;
}

function drawStrip(root: ParentNode, skills: readonly { id: string; title: string; category: string }[], c: PicturesInput): void {
  const caption = root.querySelector<HTMLElement>('[data-strip-caption]');
  const rows = root.querySelector<HTMLElement>('[data-strip-rows]');
  const detail = root.querySelector<HTMLElement>('[data-strip-detail]');
  if (!caption || !rows) return;
  const byId = new Map(skills.map((s) => [s.id, s]));
  const weeks = stripWeeks(c.schedule.weeks, (id) => byId.get(id));
  if (detail) detail.textContent = '';
  if (!weeks.length) {
    caption.textContent = 'No weeks to show: nothing is left to schedule.';
    rows.hidden = true;
    rows.replaceChildren();
    return;
  }
  const first = weeks[0]!;
  const last = weeks.at(-1)!;
  caption.textContent = `${count(weeks.length, 'week', 'weeks')}${c.schedule.truncated ? ` (the first two years of ${c.schedule.totalWeeks})` : ''} from ${formatDate(day(first.start))} to ${formatDate(day(last.end))}, one column a week. Each lane is a category, filled by that week's share of your ${c.s.hoursPerWeek} hours. Tap or point at a week to see what it holds; the list under the strip gives every week in words.`;
  const lanes = weeksByCategory(weeks);
  rows.hidden = false;
  rows.setAttribute(
    'aria-label',
    `Your ${count(weeks.length, 'week', 'weeks')} as a strip: ${lanes.map((l) => `${LANE_WORDS[l.category] ?? l.category} work in ${l.weeks}`).join(', ')}.`,
  );
  rows.replaceChildren(...stripRows(weeks).map((r) => stripRow(r.weeks, r.markers, STRIP_ROW_WEEKS, c.s.hoursPerWeek)));
  rows.onclick = (e) => {
    const week = Number((e.target as Element).closest('[data-week]')?.getAttribute('data-week'));
    const w = weeks.find((x) => x.week === week);
    if (w && detail) detail.textContent = weekWords(w);
  };
}

/**
 * Draws both pictures inside `root` from the plan `c`; without a plan (it could not be worked out)
 * they say so instead. A picture that fails leaves the rest of the planner working.
 */
export function drawPlanPictures(
  root: ParentNode,
  skills: readonly { id: string; title: string; category: string }[],
  c: PicturesInput | undefined,
): void {
  try {
    if (!c) throw new Error('no plan');
    drawGaps(root, skills, c);
    drawStrip(root, skills, c);
  } catch {
    for (const el of root.querySelectorAll<HTMLElement>('[data-gap-category], [data-strip-rows]')) el.hidden = true;
    for (const el of root.querySelectorAll<HTMLElement>('[data-gap-caption], [data-strip-caption]'))
      el.textContent =
        'This picture cannot be drawn from the current start date and hours. Pick another start date or number of hours per week.';
  }
}
