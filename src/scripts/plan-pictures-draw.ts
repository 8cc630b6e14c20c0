/**
 * The plan's two pictures, drawn each time the plan changes once they near the screen (see
 * plan-pictures.ts; ratings live on the device, so they are drawn here rather than at build time): "you now" against the role's target
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
  type MonthMarker,
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
const h = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
};
const hidden = <E extends Element>(e: E) => (e.setAttribute('aria-hidden', 'true'), e);
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
    class: 'block max-w-full',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  for (let level = 1; level <= 4; level++) {
    const kind =
      level <= b.current ? 'plan-bar-you' : level <= b.required ? 'plan-bar-gap' : 'fill-none stroke-slate-300 dark:stroke-slate-600';
    out.append(svg('rect', { x: 2 + (level - 1) * CELL + 1, y: 3, width: CELL - 4, height: 12, rx: 2, class: kind }));
  }
  const x = 2 + b.required * CELL - 1;
  out.append(svg('line', { x1: x, x2: x, y1: 0, y2: BAR.height, class: 'plan-bar-target stroke-slate-700 dark:stroke-slate-300' }));
  return out;
}

/** Says in the picture's place why it is not there (one note, replaced each time). */
export function pictureNote(frame: Element, text: string): void {
  let note = frame.querySelector('[data-picture-note]');
  if (!note) {
    note = frame.appendChild(h('p', { className: 'muted text-sm' }));
    note.setAttribute('data-picture-note', '');
  }
  note.textContent = text;
}

/** A sample of a bar's mark for the legend. */
const sample = (mark: SVGElement) => svg('svg', { viewBox: '0 0 22 14', width: 22, height: 14 }, mark);

/** The frame of "you now against the target", drawn once: caption, legend, a list per category. */
function gapsFrame(root: ParentNode, frame: Element): void {
  const categories = [...root.querySelectorAll<HTMLElement>('[data-category-id]')];
  frame.append(
    h(
      'figure',
      {},
      h('figcaption', { id: 'plan-standing-caption', className: 'muted text-sm' }),
      hidden(
        h(
          'ul',
          { className: 'mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm' },
          h(
            'li',
            { className: 'inline-flex items-center gap-1' },
            sample(svg('rect', { x: 2, y: 2, width: 18, height: 10, rx: 2, class: 'plan-bar-you' })),
            'your level',
          ),
          h(
            'li',
            { className: 'inline-flex items-center gap-1' },
            sample(svg('rect', { x: 2, y: 2, width: 18, height: 10, rx: 2, class: 'plan-bar-gap' })),
            'still to learn',
          ),
          h(
            'li',
            { className: 'inline-flex items-center gap-1' },
            sample(svg('line', { x1: 11, x2: 11, y1: 0, y2: 14, class: 'plan-bar-target stroke-slate-700 dark:stroke-slate-300' })),
            "the role's target",
          ),
        ),
      ),
      ...categories.map((f) => {
        const id = `plan-gaps-${f.dataset['categoryId']}`;
        const list = h('ul');
        list.setAttribute('aria-labelledby', id);
        const group = h('div', { className: 'mt-3' }, h('h4', { id, className: 'font-semibold' }, f.dataset['categoryTitle'] ?? ''), list);
        group.dataset['gapCategory'] = f.dataset['categoryId'];
        return group;
      }),
    ),
  );
  frame.querySelector('figure')!.setAttribute('aria-labelledby', 'plan-standing-caption');
}

function drawGaps(root: ParentNode, frame: Element, skills: readonly { id: string; category: string }[], c: PicturesInput): void {
  if (!frame.querySelector('figure')) gapsFrame(root, frame);
  const caption = frame.querySelector('figcaption')!;
  const groups = gapsByCategory(c.gaps, (id) => Object.hasOwn(c.s.ratings, id));
  const all = groups.flatMap((g) => g.bars);
  const met = all.filter((b) => b.gap === 0).length;
  caption.textContent = `Each of the ${count(all.length, 'skill', 'skills')} the ${c.role.title} role asks for, by category, largest gap first: you meet the target in ${met} of them. Each bar shows your level on the 0 to 4 scale and a line at the role's target.`;
  for (const section of frame.querySelectorAll<HTMLElement>('[data-gap-category]')) {
    const group = groups.find((g) => g.category === section.dataset['gapCategory']);
    section.hidden = !group;
    section.querySelector('ul')?.replaceChildren(
      ...(group?.bars ?? []).map((b) => {
        const skill = skills.find((s) => s.id === b.skillId);
        const name = skill ? h('a', { href: `${base}${routes.skill(skill.category, skill.id).replace(/^\//, '')}` }) : h('span');
        name.textContent = b.title;
        // A phone shows the gap alone beside the bar; screen readers, and wider screens, get every figure.
        return h(
          'li',
          { className: 'plan-gap-row grid items-center gap-x-2 border-b border-slate-200 py-1 text-sm dark:border-slate-700' },
          name,
          h('span', { className: 'sr-only' }, ': '),
          bar(b),
          hidden(h('span', {}, b.gap > 0 ? `gap ${b.gap}` : 'met')),
          h('span', { className: 'sr-only' }, gapText(b)),
        );
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
const TEXT = 'fill-slate-600 dark:fill-slate-300';

const label = (m: MonthMarker) => `${MONTHS[m.month]}${m.withYear ? ` ${m.year}` : ''}`;

/** What a week holds, in words: its dates and each skill's hours. */
function weekWords(w: StripWeek): string {
  const what = w.skills.map((s) => `${s.title} ${s.hours} h`).join(', ');
  return `Week ${w.week}, ${shortDate.format(day(w.start))} to ${formatDate(day(w.end))}: ${what || 'nothing planned'}`;
}

function stripRow(weeks: StripWeek[], markers: MonthMarker[], perRow: number, hoursPerWeek: number) {
  const lanes = categoryIds.length;
  const height = HEAD + lanes * (LANE + LANE_GAP);
  const width = LABEL_W + perRow * COL + TAIL;
  const row = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    class: 'plan-strip-row block max-w-full',
    focusable: 'false',
  });
  categoryIds.forEach((c, i) => row.append(svg('text', { x: 0, y: HEAD + i * (LANE + LANE_GAP) + LANE - 2, class: TEXT }, LANES[c] ?? c)));
  for (const m of markers) {
    const x = LABEL_W + m.column * COL - 1.5;
    row.append(
      svg('line', { x1: x, x2: x, y1: HEAD - 3, y2: height, class: 'stroke-slate-500 dark:stroke-slate-400' }),
      // A label in the last weeks of a row ends at the row's edge instead of running past it.
      m.column >= perRow - 2
        ? svg('text', { x: width - 1, y: HEAD - 5, 'text-anchor': 'end', class: TEXT }, label(m))
        : svg('text', { x: x + 2, y: HEAD - 5, class: TEXT }, label(m)),
    );
  }
  weeks.forEach((w, col) => {
    const x = LABEL_W + col * COL;
    const g = svg('g', { 'data-week': w.week }, svg('title', {}, weekWords(w)));
    // The whole column answers a tap or a pointer, the gaps between lanes too.
    g.append(svg('rect', { x, y: HEAD, width: COL, height: height - HEAD, fill: 'transparent' }));
    categoryIds.forEach((c, i) => {
      const top = HEAD + i * (LANE + LANE_GAP);
      g.append(svg('rect', { x: x + 1, y: top, width: COL - 3, height: LANE, class: 'fill-slate-50 dark:fill-slate-900' }));
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

/** The frame of the strip, drawn once: caption, rows, the line a tapped week fills, and the way to the words. */
function stripFrame(frame: Element): void {
  const detail = h('p', { className: 'mt-2 text-sm no-print' });
  detail.setAttribute('aria-live', 'polite');
  const figure = h(
    'figure',
    {},
    h('figcaption', { id: 'plan-strip-caption', className: 'muted text-sm' }),
    h('div', { className: 'mt-2 flex flex-wrap gap-x-6 gap-y-2' }),
    detail,
    h('p', { className: 'text-sm' }, h('a', { href: '#plan-week-list' }, 'The weeks in words, by roadmap month')),
  );
  figure.setAttribute('aria-labelledby', 'plan-strip-caption');
  frame.append(figure);
}

function drawStrip(frame: Element, skills: readonly { id: string; title: string; category: string }[], c: PicturesInput): void {
  if (!frame.querySelector('figure')) stripFrame(frame);
  const caption = frame.querySelector('figcaption')!;
  const rows = frame.querySelector<HTMLElement>('figure > div')!;
  const detail = frame.querySelector<HTMLElement>('figure > p')!;
  const byId = new Map(skills.map((s) => [s.id, s]));
  const weeks = stripWeeks(c.schedule.weeks, (id) => byId.get(id));
  detail.textContent = '';
  if (!weeks.length) {
    caption.textContent = 'No weeks to show: nothing is left to schedule.';
    rows.hidden = true;
    rows.removeAttribute('role');
    rows.replaceChildren();
    return;
  }
  const first = weeks[0]!;
  const last = weeks.at(-1)!;
  caption.textContent = `${count(weeks.length, 'week', 'weeks')}${c.schedule.truncated ? ` (the first two years of ${c.schedule.totalWeeks})` : ''} from ${formatDate(day(first.start))} to ${formatDate(day(last.end))}, one column a week. Each lane is a category, filled by that week's share of your ${c.s.hoursPerWeek} hours. Tap or point at a week to see what it holds; the list under the strip gives every week in words.`;
  const lanes = weeksByCategory(weeks);
  rows.hidden = false;
  rows.setAttribute('role', 'img');
  rows.setAttribute(
    'aria-label',
    `Your ${count(weeks.length, 'week', 'weeks')} as a strip: ${lanes.map((l) => `${LANE_WORDS[l.category] ?? l.category} work in ${l.weeks}`).join(', ')}.`,
  );
  rows.replaceChildren(...stripRows(weeks).map((r) => stripRow(r.weeks, r.markers, STRIP_ROW_WEEKS, c.s.hoursPerWeek)));
  rows.onclick = (e) => {
    const week = Number((e.target as Element).closest('[data-week]')?.getAttribute('data-week'));
    const w = weeks.find((x) => x.week === week);
    if (w) detail.textContent = weekWords(w);
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
  const gaps = root.querySelector('[data-picture="gaps"]');
  const strip = root.querySelector('[data-picture="strip"]');
  const frames = [gaps, strip].filter((f) => f !== null);
  try {
    if (!c) throw new Error('no plan');
    if (gaps) drawGaps(root, gaps, skills, c);
    if (strip) drawStrip(strip, skills, c);
    for (const f of frames) f.querySelector('[data-picture-note]')?.remove();
  } catch {
    for (const f of frames) {
      f.querySelector('figure')?.remove();
      pictureNote(
        f,
        'This picture cannot be drawn from the current start date and hours. Pick another start date or number of hours per week.',
      );
    }
  }
  for (const f of frames) f.setAttribute('data-drawn', '');
}
