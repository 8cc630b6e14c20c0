/**
 * The learning plan as a Markdown document, for people who keep notes in Markdown, paste into a
 * wiki or issue, or want CV lines they can copy. Pure string building over the outputs of
 * src/lib/plan/ (work, schedule, goals, portfolio), grouped the way the plan page groups them (the
 * schedule by roadmap month, each month with its weeks and tasks), so the download matches the page
 * and can be tested without a browser.
 *
 * Rating scale: 0 none, 1 aware, 2 working, 3 proficient, 4 expert.
 */
import { monthPath } from '../paths';
import type { SkillGap } from './gaps';
import type { Goal } from './goals';
import type { PortfolioProject } from './portfolio';
import { scheduleByMonth, type PlanItem, type PlanSchedule } from './schedule';
import type { PlanWork } from './work';

/** Everything {@link planMarkdown} needs; all of it is already computed by the plan page. */
export interface PlanMarkdownInput {
  roleTitle: string;
  hoursPerWeek: number;
  /** First day of the plan, YYYY-MM-DD. */
  startDate: string;
  /** Day the document was made, YYYY-MM-DD; passed in so output is reproducible. */
  generated: string;
  /** Every skill's gap (from `gapsForRole`); entries with no gap are skipped. */
  gaps: SkillGap[];
  /** The plan's work: the track, what is covered by ratings and what remains. */
  work: Pick<PlanWork, 'covered' | 'hours'>;
  goals: Goal[];
  schedule: PlanSchedule;
  /** Roadmap months, for their titles. */
  months: readonly { month: number; title: string }[];
  portfolio: PortfolioProject[];
  certifications: { title: string; url: string }[];
  /** Skill id → self-rating 0–4. */
  ratings: Record<string, number>;
  /** Every skill, in the order to list them within a category. */
  skills: { id: string; title: string; category: string }[];
  /** Skill id → evidence lines, e.g. "Month 7 project: Readmission risk model". */
  evidence: Record<string, string[]>;
  /** Absolute URL of the site, linked so a reader can find the plan's source. */
  siteUrl: string;
}

const LEVEL_NAMES = ['None', 'Aware', 'Working', 'Proficient', 'Expert'] as const;

/** The lowest rating that goes on a CV: "working" means the person has used the skill for real. */
const CV_MIN_LEVEL = 2;

/** Category headings, in the order the site presents categories. */
const CATEGORY_TITLES: readonly (readonly [string, string])[] = [
  ['technical', 'Technical competencies'],
  ['domain', 'Healthcare domain knowledge'],
  ['soft-skills', 'Soft skills'],
  ['continuous-learning', 'Continuous learning'],
];

/**
 * The name of a level on the 0–4 scale, e.g. 3 → "Proficient". Out-of-range or fractional values
 * are clamped and floored like the plan does, so a stray value still prints a real level.
 */
export function levelName(level: number): string {
  const i = Number.isFinite(level) ? Math.min(4, Math.max(0, Math.floor(level))) : 0;
  return LEVEL_NAMES[i] ?? 'None';
}

/** Own-property lookup, so a skill id such as "constructor" never reads Object.prototype. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Text safe to place inline: one line, and the characters that would start emphasis, code, links
 * or HTML escaped. Titles are authored prose, so this is about not breaking the layout, not
 * sanitising hostile input (the output is a file the person downloads, never rendered by us).
 */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}

/** A table cell: inline text with `|` escaped, since an unescaped pipe would split the cell. */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}

/** A URL usable inside `(...)`: whitespace and brackets percent-encoded so the link stays whole. */
function linkTarget(url: string): string {
  return url.trim().replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- |').join('')}`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** Hours without a trailing ".0"; the plan only produces multiples of 0.5. */
function hours(n: number): string {
  return `${Number.isInteger(n) ? n : n.toFixed(1)} h`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function categoryTitle(category: string): string {
  const known = CATEGORY_TITLES.find(([id]) => id === category)?.[1];
  if (known) return known;
  // A category added to the content later still gets a readable heading.
  const words = category.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Other';
}

function headerSection(input: PlanMarkdownInput): string[] {
  const { schedule, work } = input;
  const pace = `**Pace:** ${plural(input.hoursPerWeek, 'hour', 'hours')} a week, starting ${input.startDate}.`;
  const length =
    schedule.totalWeeks > 0 ? ` **Length:** ${plural(schedule.totalWeeks, 'week', 'weeks')} (${hours(schedule.totalHours)} of study).` : '';
  const covered = work.hours.covered > 0 ? ` Your ratings already cover ${hours(work.hours.covered)}.` : '';
  const done = work.hours.done + work.hours.skipped > 0 ? ` You have done or skipped ${hours(work.hours.done + work.hours.skipped)}.` : '';
  return [
    `# Learning plan: ${inline(input.roleTitle)}`,
    '',
    pace + length,
    '',
    `The role's track is ${hours(work.hours.track)} of roadmap tasks.${covered}${done} The plan holds the remaining ${hours(work.hours.todo)}.`,
    '',
    `Generated ${input.generated} from [Healthcare AI Skills Matrix](${linkTarget(input.siteUrl)}). ` +
      'Levels: 0 none, 1 aware, 2 working, 3 proficient, 4 expert.',
  ];
}

function gapsSection(gaps: readonly SkillGap[]): string[] {
  const open = gaps.filter((g) => g.gap > 0).sort((a, b) => b.gap - a.gap);
  if (open.length === 0)
    return [
      '## Gaps',
      '',
      'No gaps: your ratings already meet every level this role asks for. Keep your skills current and consider going deeper.',
    ];
  const rows = open.map((g) => [cell(g.title), `${levelName(g.current)} (${g.current})`, `${levelName(g.required)} (${g.required})`]);
  return ['## Gaps', '', ...table(['Skill', 'Now', 'Target'], rows)];
}

function coveredSection(input: PlanMarkdownInput): string[] {
  const { covered } = input.work;
  if (covered.length === 0) return [];
  const title = (id: string) => input.skills.find((s) => s.id === id)?.title ?? id;
  return [
    '## Already covered by your ratings',
    '',
    'Tasks whose skill you rate at or above the level they work toward. Lower a rating, or include the skill on the plan page, to put them back.',
    '',
    ...covered.map(
      (g) => `- ${inline(title(g.skill))} (rated ${levelName(g.rating)}): ${plural(g.tasks.length, 'task', 'tasks')}, ${hours(g.hours)}`,
    ),
  ];
}

function goalsSection(input: PlanMarkdownInput): string[] {
  const { goals } = input;
  const lines = ['## Goals'];
  if (goals.every((g) => g.projects.length === 0 && g.levels.length === 0 && !g.finished)) {
    lines.push(
      '',
      input.schedule.totalWeeks === 0
        ? 'No goals to set: there is nothing left to learn for this role.'
        : 'No new projects or levels within a year at this pace.',
    );
    return lines;
  }
  const title = (id: string) => input.skills.find((s) => s.id === id)?.title ?? id;
  lines.push('', 'Each goal adds to the ones before it.');
  for (const goal of goals) {
    lines.push('', `### In ${plural(goal.months, 'month', 'months')} (by ${goal.byDate})`, '');
    const items = [
      ...goal.projects.map((p) => `- Finish the project of month ${p.month}: ${inline(p.title)}`),
      ...goal.levels.map((l) => `- Reach ${levelName(l.level)} (${l.level}) in ${inline(title(l.skill))}`),
      ...(goal.finished ? ['- Finish the whole plan'] : []),
    ];
    lines.push(...(items.length ? items : ['- Nothing new by then at this pace: the work so far builds toward the next goal.']));
  }
  return lines;
}

/** One task of a week, linked to its place on its month page. */
function itemLine(input: PlanMarkdownInput, item: PlanItem): string {
  const url = `${input.siteUrl.replace(/\/$/, '')}${monthPath(item.month)}#task-${item.taskId}`;
  const skill = item.skill ? (input.skills.find((s) => s.id === item.skill)?.title ?? item.skill) : 'General';
  const notes = [...(item.continued ? ['continued'] : []), ...(item.continues ? ['continues next week'] : [])];
  return `  - [ ] [${inline(item.text)}](${linkTarget(url)}) · ${inline(skill)} · ${hours(item.hours)}${notes.length ? ` · ${notes.join(' · ')}` : ''}`;
}

function scheduleSection(input: PlanMarkdownInput): string[] {
  const { schedule } = input;
  const lines = ['## Weekly schedule', ''];
  if (schedule.weeks.length === 0) {
    lines.push('Nothing to schedule: every task of this track is done, skipped or covered by your ratings.');
    return lines;
  }
  lines.push(
    `Total: ${hours(schedule.totalHours)} over ${plural(schedule.totalWeeks, 'week', 'weeks')}, grouped by roadmap month; each task links to its month page.`,
  );
  for (const g of scheduleByMonth(schedule)) {
    const [a, b] = [g.weeks[0]?.week ?? 0, g.weeks.at(-1)?.week ?? 0];
    const title = input.months.find((m) => m.month === g.month)?.title ?? '';
    lines.push('', `### Month ${g.month}: ${inline(title)} (${a === b ? `week ${a}` : `weeks ${a}–${b}`}, ${hours(g.hours)})`, '');
    for (const w of g.weeks) {
      lines.push(`- **Week ${w.week}** (${w.start} – ${w.end})`);
      for (const item of w.items) lines.push(itemLine(input, item));
    }
  }
  if (schedule.truncated)
    lines.push(
      '',
      `The plan needs ${schedule.totalWeeks} weeks at this pace; only the first ${schedule.weeks.length} are listed. More hours a week would shorten it.`,
    );
  return lines;
}

function portfolioSection(portfolio: readonly PortfolioProject[]): string[] {
  const lines = ['## Portfolio', ''];
  if (portfolio.length === 0) {
    lines.push('No portfolio projects: no roadmap month has work left in this plan.');
    return lines;
  }
  for (const p of portfolio) {
    lines.push(`- [ ] Month ${p.month}: ${inline(p.title)}`);
    for (const d of p.deliverables) lines.push(`  - [ ] ${inline(d)}`);
  }
  return lines;
}

function certificationsSection(certifications: readonly { title: string; url: string }[]): string[] {
  const lines = ['## Certifications', ''];
  if (certifications.length === 0) lines.push('This role lists no certifications.');
  for (const c of certifications) lines.push(`- [${inline(c.title)}](${linkTarget(c.url)})`);
  return lines;
}

/** A sentence ending: evidence lines are fragments, so add a full stop unless one is there. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function skillsSection(input: PlanMarkdownInput): string[] {
  const lines = ['## Skills and evidence', ''];
  const rated = input.skills
    .map((s, index) => ({ ...s, index, level: Math.floor(own(input.ratings, s.id) ?? 0) }))
    .filter((s) => s.level >= CV_MIN_LEVEL);
  if (rated.length === 0) {
    lines.push(
      `No skills rated ${levelName(CV_MIN_LEVEL).toLowerCase()} (${CV_MIN_LEVEL}) or above yet. Rate your skills to fill this section.`,
    );
    return lines;
  }
  lines.push(`Skills rated ${levelName(CV_MIN_LEVEL).toLowerCase()} (${CV_MIN_LEVEL}) or above, ready to adapt for a CV.`);
  // Known categories in site order first, then any others in the order they first appear.
  const categories = [...new Set([...CATEGORY_TITLES.map(([id]) => id), ...rated.map((s) => s.category)])];
  for (const category of categories) {
    // Strongest first, as a CV would list them; authored order breaks ties.
    const group = rated.filter((s) => s.category === category).sort((a, b) => b.level - a.level || a.index - b.index);
    if (group.length === 0) continue;
    lines.push('', `### ${categoryTitle(category)}`, '');
    for (const s of group) {
      const level = Math.min(4, s.level);
      const proof = (own(input.evidence, s.id) ?? []).map((e) => inline(e)).filter((e) => e !== '');
      const evidence = proof.length > 0 ? ` Evidence: ${sentence(proof.join('; '))}` : '';
      lines.push(`- **${inline(s.title)}** – ${levelName(level)} (${level}/4).${evidence}`);
    }
  }
  return lines;
}

/**
 * The plan as a Markdown document: title, pace and the track's hours, then the sections Gaps
 * (table), Already covered by your ratings (when any), Goals (3/6/12 months, each adding to the
 * ones before), Weekly schedule (grouped by roadmap month, each month with its weeks and linked
 * tasks), Portfolio (checklist), Certifications, and Skills and evidence (every skill rated 2 or
 * more, grouped by category, with its evidence). Each section says so in words when it is empty,
 * so a plan with no gaps is still a useful document. Table cells escape `|`. Ends with a single
 * newline.
 */
export function planMarkdown(input: PlanMarkdownInput): string {
  const sections = [
    headerSection(input),
    gapsSection(input.gaps),
    coveredSection(input),
    goalsSection(input),
    scheduleSection(input),
    portfolioSection(input.portfolio),
    certificationsSection(input.certifications),
    skillsSection(input),
  ].filter((s) => s.length > 0);
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}
