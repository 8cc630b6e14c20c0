import { describe, expect, it } from 'vitest';
import {
  computedReaches,
  effortBetween,
  effortTo,
  formatDuration,
  levelAfter,
  roadmapLevels,
  skillHours,
  studyWeeks,
  taskSteps,
  timeModelProblems,
  type Effort,
  type ModelMonth,
  type ModelSkill,
} from '../../src/lib/time-model';
import { alternativeGroups, buildTrack, resolveChoices, trackWeeks, type TrackRole } from '../../src/lib/tracks';
import { scheduleMonths } from '../../src/lib/pacing';
import { contentEntries, contentModel, contentTrackRole } from '../fixtures/content';

const FHIR: Effort = [8, 24, 48, 80];

describe('effort per level step', () => {
  it('adds the steps up to a level and between two levels', () => {
    expect(effortTo(FHIR, 0)).toBe(0);
    expect(effortTo(FHIR, 1)).toBe(8);
    expect(effortTo(FHIR, 3)).toBe(80);
    expect(effortTo(FHIR, 4)).toBe(160);
    expect(effortBetween(FHIR, 2, 3)).toBe(48);
    expect(effortBetween(FHIR, 3, 2)).toBe(0);
  });

  it('reaches a level only when the hours cover all of its steps', () => {
    expect(levelAfter(FHIR, 0)).toBe(0);
    expect(levelAfter(FHIR, 7.5)).toBe(0);
    expect(levelAfter(FHIR, 8)).toBe(1);
    expect(levelAfter(FHIR, 79)).toBe(2);
    expect(levelAfter(FHIR, 1000)).toBe(4);
  });
});

// A two-month roadmap: Python in both months, FHIR in the second, and a choice of cloud.
const skills: ModelSkill[] = [
  { id: 'python', effort: [4, 10, 20, 40] },
  { id: 'fhir', effort: FHIR },
  { id: 'aws', effort: [3, 5, 10, 20] },
  { id: 'gcp', effort: [3, 5, 10, 20] },
];
const months: ModelMonth[] = [
  {
    id: 'month-01',
    month: 1,
    reaches: { python: 2 },
    tasks: [
      { id: 'm1-a', hours: 4, skill: 'python' },
      { id: 'm1-b', hours: 10, skill: 'python' },
      { id: 'm1-c', hours: 3, skill: 'python' },
    ],
  },
  {
    id: 'month-02',
    month: 2,
    reaches: { python: 3, fhir: 1, aws: 2, gcp: 1 },
    tasks: [
      { id: 'm2-a', hours: 17, skill: 'python' },
      { id: 'm2-b', hours: 8, skill: 'fhir' },
      { id: 'm2-aws', hours: 8, skill: 'aws', alternative: { group: 'cloud', option: 'aws' } },
      { id: 'm2-gcp', hours: 3, skill: 'gcp', alternative: { group: 'cloud', option: 'gcp' } },
      { id: 'm2-talk', hours: 2 },
    ],
  },
];

describe('the roadmap in the time model', () => {
  it('gives each task the level of its skill it works toward', () => {
    const steps = taskSteps(skills, months);
    expect(steps.get('m1-a')).toEqual({ skill: 'python', step: 1 });
    expect(steps.get('m1-b')).toEqual({ skill: 'python', step: 2 });
    expect(steps.get('m1-c')).toEqual({ skill: 'python', step: 3 });
    expect(steps.get('m2-a')).toEqual({ skill: 'python', step: 3 });
    expect(steps.get('m2-talk')).toEqual({ skill: undefined, step: 0 });
  });

  it('computes the levels each month reaches and adds up the hours per skill', () => {
    expect(computedReaches(skills, months).get('month-02')).toEqual({ python: 3, fhir: 1, aws: 2, gcp: 1 });
    expect(roadmapLevels(months).get('python')).toBe(3);
    expect(skillHours(months).get('python')).toBe(34);
  });

  it('accepts months whose claims match their hours', () => {
    expect(timeModelProblems(skills, months)).toEqual([]);
  });

  it('fails when a month claims a level its hours cannot reach, or leaves a rise unsaid', () => {
    const bad = structuredClone(months);
    bad[1]!.reaches = { python: 4, aws: 2, gcp: 1 };
    expect(timeModelProblems(skills, bad)).toEqual([
      "month-02: reaches.python: says level 4, but the roadmap's python hours up to this month reach only level 3; level 4 needs 74 hours",
      "month-02: reaches: missing fhir: 1 (this month's hours raise it to level 1)",
    ]);
    const cut = structuredClone(months);
    cut[1]!.tasks[0]!.hours = 2;
    expect(timeModelProblems(skills, cut)[0]).toMatch(/reaches\.python: says level 3, but this month's python tasks raise no level/);
  });
});

describe('tracks', () => {
  const role: TrackRole = { id: 'analyst', title: 'Analyst', levels: { python: 2, fhir: 0, aws: 2, gcp: 2 }, choices: { cloud: 'gcp' } };

  it('marks work beyond the level a role needs as optional, and the cloud not chosen as the alternative', () => {
    const track = buildTrack(skills, months, role);
    expect(track.kinds.get('m1-a')).toBe('core');
    expect(track.kinds.get('m1-b')).toBe('core');
    expect(track.kinds.get('m1-c')).toBe('optional');
    expect(track.kinds.get('m2-b')).toBe('optional');
    expect(track.kinds.get('m2-talk')).toBe('core');
    expect(track.kinds.get('m2-gcp')).toBe('core');
    expect(track.kinds.get('m2-aws')).toBe('alternative');
    expect(track.hours).toBe(4 + 10 + 3 + 2);
    expect(track.months.map((m) => m.hours)).toEqual([14, 5]);
  });

  it("lets a person's choice of option win over the role's, but only when it is a real option", () => {
    const groups = alternativeGroups(months);
    expect(groups).toEqual([{ id: 'cloud', options: ['aws', 'gcp'] }]);
    expect(resolveChoices(groups, role, { cloud: 'aws' })).toEqual({ cloud: 'aws' });
    expect(resolveChoices(groups, role, { cloud: 'azure' })).toEqual({ cloud: 'gcp' });
    expect(buildTrack(skills, months, role, { cloud: 'aws' }).kinds.get('m2-aws')).toBe('core');
  });

  it("states a track's duration as the pacing tool lays it out", () => {
    const track = buildTrack(skills, months, role);
    expect(trackWeeks(track, 10)).toBe(2 + 1);
    const paced = scheduleMonths(
      track.months.map((m) => ({ id: m.id, month: m.month, hours: m.hours })),
      '2027-01-04',
      10,
    );
    expect(paced.reduce((weeks, m) => weeks + m.weeks, 0)).toBe(trackWeeks(track, 10));
  });

  it('words durations one way', () => {
    expect(formatDuration(1)).toBe('1 week');
    expect(formatDuration(7)).toBe('7 weeks');
    expect(formatDuration(87)).toBe('87 weeks (about 20 months)');
    expect(studyWeeks([48, 0, 1], 10)).toBe(6);
  });
});

describe('the authored content', () => {
  const { skills: parsedSkills, months: parsedMonths } = contentModel();

  it('claims only the levels its hours reach', () => {
    expect(timeModelProblems(parsedSkills, parsedMonths)).toEqual([]);
  });

  it('gives every role a track whose core fits inside the roadmap and whose optional work is marked', () => {
    for (const r of contentEntries('roles')) {
      const track = buildTrack(parsedSkills, parsedMonths, contentTrackRole(r));
      const total = parsedMonths.flatMap((m) => m.tasks).reduce((s, t) => s + t.hours, 0);
      expect(track.hours, r.id).toBeGreaterThan(0);
      expect(track.hours, r.id).toBeLessThan(total);
      expect(
        track.months.some((m) => m.alternative.length > 0),
        r.id,
      ).toBe(true);
    }
  });
});
