/**
 * The browser's track rules (src/lib/track-view.ts) against the build's (src/lib/tracks.ts): with
 * only the compact marks the pages carry, every task of the authored roadmap gets the kind
 * buildTrack gives it, for every role and every choice of options; and the durations the roadmap
 * states agree with the pacing tool's end date.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/dates';
import { scheduleMonths } from '../../src/lib/pacing';
import type { RoadmapMonth } from '../../src/lib/roadmap-data';
import { HOURS_PER_WEEK } from '../../src/lib/rules';
import { studyWeeks, type Effort, type ModelMonth, type ModelSkill } from '../../src/lib/time-model';
import { kindLabel, kindOnTrack, marksOf, monthsOnTrack, shownTrack, weeksOfMonths, type TrackData } from '../../src/lib/track-view';
import {
  alternativeGroups,
  alternativeTitle,
  alternativeTitles,
  buildTrack,
  optionalRoles,
  trackWeeks,
  type TrackRole,
} from '../../src/lib/tracks';
import { contentEntries } from '../fixtures/content';

const skills: ModelSkill[] = contentEntries('skills').map((e) => ({ id: e.id, effort: e.data['effort'] as Effort }));
const months: ModelMonth[] = contentEntries('months')
  .map((e) => ({
    id: e.id,
    month: Number(e.data['month']),
    reaches: (e.data['reaches'] as Record<string, number> | undefined) ?? {},
    tasks: e.data['tasks'] as ModelMonth['tasks'],
  }))
  .sort((a, b) => a.month - b.month);
const roles: TrackRole[] = contentEntries('roles').map((r) => ({
  id: r.id,
  title: String(r.data['title']),
  levels: (r.data['levels'] as { entry: Record<string, number> }).entry,
  choices: (r.data['choices'] as Record<string, string> | undefined) ?? {},
}));
const groups = alternativeGroups(months);
const data: TrackData = {
  roles: roles.map((r) => ({ id: r.id, title: r.title, choices: { ...r.choices } })),
  groups: groups.map((g) => ({
    id: g.id,
    title: alternativeTitle(g.id),
    options: g.options.map((o) => ({ id: o, title: alternativeTitle(o) })),
  })),
};
// What the build puts in the roadmap data island (src/lib/projections.ts).
const optional = optionalRoles(skills, months, roles);
const island: RoadmapMonth[] = months.map((m) => ({
  id: m.id,
  month: m.month,
  hours: m.tasks.reduce((s, t) => s + t.hours, 0),
  tasks: m.tasks.map((t) => t.id),
  taskHours: m.tasks.map((t) => t.hours),
  optionalFor: m.tasks.map((t) => (optional.get(t.id) ?? []).join(' ')),
  alt: m.tasks.map((t) => (t.alternative ? `${t.alternative.group}:${t.alternative.option}` : '')),
}));
const empty = { choices: {} };

/** Every combination of options, one per group. */
const choiceSets = groups.reduce<Record<string, string>[]>(
  (sets, g) => sets.flatMap((s) => g.options.map((o) => ({ ...s, [g.id]: o }))),
  [{}],
);

describe('track rules in the browser', () => {
  it('has titles for every alternative group and option the months use', () => {
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) for (const id of [g.id, ...g.options]) expect(Object.hasOwn(alternativeTitles, id), id).toBe(true);
  });

  it.each(roles.map((r) => [r.id, r] as const))(
    'gives every task the kind buildTrack gives it on the %s track, whatever the options',
    (_, role) => {
      expect(choiceSets.length).toBe(groups.reduce((n, g) => n * g.options.length, 1));
      for (const chosen of [{}, ...choiceSets]) {
        const built = buildTrack(skills, months, role, chosen);
        const track = shownTrack(data, { role: role.id, choices: chosen })!;
        expect(track.choices).toEqual(built.choices);
        for (const m of island)
          m.tasks.forEach((id, i) =>
            expect(kindOnTrack(marksOf(m, i), track), `${id} ${JSON.stringify(chosen)}`).toBe(built.kinds.get(id)),
          );
        // Counts and hours follow the track: the core tasks and their hours, month by month.
        const onTrack = monthsOnTrack(island, track);
        expect(onTrack.flatMap((m) => m.tasks)).toEqual(built.months.flatMap((m) => m.core));
        expect(onTrack.map((m) => m.hours)).toEqual(built.months.filter((m) => m.core.length).map((m) => m.hours));
        expect(weeksOfMonths(onTrack, HOURS_PER_WEEK.default)).toBe(trackWeeks(built, HOURS_PER_WEEK.default));
      }
    },
  );

  it('shows the whole roadmap, as before tracks, when no role is chosen or the stored role is unknown', () => {
    expect(shownTrack(data, empty)).toBeUndefined();
    expect(shownTrack(data, { role: 'brain-surgeon', choices: {} })).toBeUndefined();
    expect(monthsOnTrack(island, undefined)).toEqual(island);
    expect(kindOnTrack({ optionalFor: roles.map((r) => r.id).join(' '), alt: 'cloud:azure' }, undefined)).toBe('core');
  });

  it('takes a track from the address over the stored one, when it names a role', () => {
    const [a, b] = roles;
    expect(shownTrack(data, { role: a!.id, choices: {} }, b!.id)?.role.id).toBe(b!.id);
    expect(shownTrack(data, { role: a!.id, choices: {} }, 'nope')?.role.id).toBe(a!.id);
    expect(shownTrack(data, empty, b!.id)?.role.id).toBe(b!.id);
  });

  it('keeps stored choices only where they name a real option', () => {
    const role = data.roles.find((r) => r.choices['cloud'] === 'aws') ?? data.roles[0]!;
    expect(shownTrack(data, { role: role.id, choices: { cloud: 'azure' } })?.choices['cloud']).toBe('azure');
    expect(shownTrack(data, { role: role.id, choices: { cloud: 'mainframe' } })?.choices['cloud']).toBe(role.choices['cloud']);
  });

  it('words tasks that are not core', () => {
    const track = shownTrack(data, { role: roles[0]!.id, choices: { cloud: 'google-cloud' } })!;
    expect(kindLabel('optional', { optionalFor: roles[0]!.id, alt: '' }, track, data.groups)).toBe(`Optional for ${roles[0]!.title}`);
    expect(kindLabel('alternative', { optionalFor: '', alt: 'cloud:aws' }, track, data.groups)).toBe('Alternative: you chose Google Cloud');
    expect(kindLabel('core', { optionalFor: '', alt: '' }, track, data.groups)).toBe('');
  });
});

describe('durations agree with the pacing tool', () => {
  const start = '2027-01-04';
  const endAt = (ms: readonly { id: string; month: number; hours: number }[], h: number) => scheduleMonths(ms, start, h).at(-1)!.end;

  it.each([HOURS_PER_WEEK.default, 6, 15])(
    'the whole roadmap and every track end where their stated weeks say, at %i hours a week',
    (h) => {
      const whole = studyWeeks(
        island.map((m) => m.hours),
        h,
      );
      expect(endAt(island, h)).toBe(addDays(start, whole * 7 - 1));
      for (const role of roles) {
        const onTrack = monthsOnTrack(island, shownTrack(data, { role: role.id, choices: {} }));
        expect(endAt(onTrack, h), role.id).toBe(addDays(start, trackWeeks(buildTrack(skills, months, role), h) * 7 - 1));
      }
    },
  );
});
