import { describe, expect, it } from 'vitest';
import { checkIntegrity, findCycle, type IntegrityOptions } from '../../src/lib/integrity';
import { BODY_SECTIONS, MONTH_HOURS_MAX, ROADMAP_PACE, sectionHeadings } from '../../src/lib/rules';
import { monthLoad } from '../../src/lib/time-model';
import { contentEntries, contentFiles, contentSite, validSite } from '../fixtures/content';

const now = new Date('2026-11-28');
const errorsOf = (site = validSite(), files?: IntegrityOptions['files']) =>
  checkIntegrity(site, { now, ...(files ? { files } : {}) }).errors;

describe('checkIntegrity', () => {
  it('accepts a consistent site', () => {
    expect(checkIntegrity(validSite(), { now })).toEqual({ errors: [], warnings: [] });
  });

  it('accepts the authored content of content/', () => {
    expect(checkIntegrity(contentSite(), { files: contentFiles() }).errors).toEqual([]);
  });

  it('reports a skill that requires itself', () => {
    const site = validSite();
    site.skills[0]!.data.prerequisites.push({ id: 'python-ecosystem' });
    expect(errorsOf(site)).toEqual([
      'content/skills/technical/python-ecosystem.mdx: prerequisites[0]: a skill cannot require itself',
      'content/skills/technical/python-ecosystem.mdx: prerequisites: cycle python-ecosystem → python-ecosystem',
    ]);
  });

  it('reports months beyond the end of the roadmap', () => {
    const site = validSite();
    site.months.push({
      id: 'month-19',
      filePath: 'content/months/month-19.mdx',
      data: { month: 19, phase: { id: 'production-skills' }, skills: [], tasks: [] },
    });
    expect(errorsOf(site)).toEqual([
      'content/months/month-19.mdx: phase: month 19 is outside phase "production-skills" (months 13–18)',
      'content/months/: month: months 19 are beyond 18',
    ]);
  });

  it('reports phases that overlap', () => {
    const site = validSite();
    site.phases.find((p) => p.id === 'data-science-core')!.data.months = { first: 3, last: 6 };
    expect(errorsOf(site)).toEqual(['content/phases/data-science-core.md: months: month 3 is also in phase "foundation"']);
  });

  it('reports a certification that succeeds itself', () => {
    const site = validSite();
    site.certifications[0]!.data.status.successor = { id: 'old-cert' };
    expect(errorsOf(site)).toEqual([
      'content/certifications/old-cert.md: status.successor: a certification cannot succeed itself',
      'content/certifications/old-cert.md: status.successor: cycle old-cert → old-cert',
    ]);
  });

  it('names the file and field of an unknown reference', () => {
    const site = validSite();
    site.skills[1]!.data.prerequisites.push({ collection: 'skills', id: 'pyhton' });
    expect(errorsOf(site)).toEqual(['content/skills/technical/scikit-learn.mdx: prerequisites[1]: unknown skills id "pyhton"']);
  });

  it('reports an unknown glossary term, phase and successor', () => {
    const site = validSite();
    site.skills[0]!.data.glossary = [{ id: 'phii' }];
    site.months[0]!.data.phase = { id: 'basics' };
    site.certifications[0]!.data.status.successor = { id: 'newer-cert' };
    expect(errorsOf(site)).toEqual([
      'content/skills/technical/python-ecosystem.mdx: glossary[0]: unknown glossary id "phii"',
      'content/months/month-01.mdx: phase: unknown phases id "basics"',
      'content/certifications/old-cert.md: status.successor: unknown certifications id "newer-cert"',
    ]);
  });

  it('reports two files that give the same id', () => {
    expect(
      errorsOf(validSite(), {
        skills: ['content/skills/technical/sql.mdx', 'content/skills/domain/sql.mdx'],
      }),
    ).toEqual([
      'content/skills/domain/sql.mdx: id: "sql" is already used by content/skills/technical/sql.mdx; ids must be unique in "skills"',
    ]);
  });

  it('reports a duplicate task id with both files', () => {
    const site = validSite();
    site.months[1]!.data.tasks[0]!.id = 'm01-a';
    expect(errorsOf(site)).toEqual([
      'content/months/month-02.mdx: tasks[0].id: "m01-a" is already used in content/months/month-01.mdx; task ids must be unique',
    ]);
  });

  it('reports a prerequisite cycle with its path', () => {
    const site = validSite();
    site.skills[0]!.data.prerequisites.push({ id: 'scikit-learn' });
    expect(errorsOf(site)).toEqual([
      'content/skills/technical/python-ecosystem.mdx: prerequisites: cycle python-ecosystem → scikit-learn → python-ecosystem',
    ]);
  });

  it('reports a missing month and a month outside its phase', () => {
    const site = validSite();
    site.months = site.months.filter((m) => m.data.month !== 7);
    site.months[0]!.data.phase = { id: 'production-skills' };
    expect(errorsOf(site)).toEqual([
      'content/months/month-01.mdx: phase: month 1 is outside phase "production-skills" (months 13–18)',
      'content/months/: month: months 7 are missing (the roadmap runs 1–18)',
    ]);
  });

  it('reports a month whose number does not match its file', () => {
    const site = validSite();
    site.months[2]!.data.month = 2;
    const errors = errorsOf(site);
    expect(errors).toContain('content/months/month-03.mdx: month: 2 is also used by content/months/month-02.mdx');
    expect(errors).toContain('content/months/month-03.mdx: month: 2 does not match the file name (expected month-02)');
    expect(errors).toContain('content/months/: month: months 3 are missing (the roadmap runs 1–18)');
  });

  it('reports a non-https URL anywhere in the data', () => {
    const site = validSite();
    (site.skills[0]!.data as Record<string, unknown>)['resources'] = [{ url: 'http://numpy.org/' }];
    expect(errorsOf(site)).toEqual([
      'content/skills/technical/python-ecosystem.mdx: resources[0].url: "http://numpy.org/" must use https://',
    ]);
  });

  it('reports a month body whose sections leave the template, naming the file, the field and the template', () => {
    const site = validSite();
    site.months[0]!.body = '## Why start here\n\nText.\n\n## How the tracks fit together\n\nText.\n';
    site.skills[0]!.body = '```md\n## Not a heading in a code block\n```\n';
    expect(errorsOf(site)).toEqual([
      'content/skills/technical/python-ecosystem.mdx: body: sections are missing; every skill has these ## sections in this order: "Why it matters in healthcare", "What to learn first", "How it is used in practice", "Common pitfalls" (put other topics under them as ### subsections)',
      'content/months/month-01.mdx: body: sections are "Why start here", "How the tracks fit together"; every month has these ## sections in this order: "Why this month", "How the tracks fit together", "Habits and pitfalls" (put other topics under them as ### subsections)',
    ]);
  });

  it('reports an empty collection', () => {
    const site = validSite();
    site.glossary = [];
    site.skills[0]!.data.glossary = [];
    expect(errorsOf(site)).toEqual(['content/glossary/: collection "glossary" has no entries']);
  });

  it('reports a certification succession cycle and an active certification with a successor', () => {
    const site = validSite();
    site.certifications[1]!.data.status = { state: 'retired', successor: { id: 'old-cert' } };
    expect(errorsOf(site)).toEqual(['content/certifications/new-cert.md: status.successor: cycle new-cert → old-cert → new-cert']);
    site.certifications[1]!.data.status = { state: 'active', successor: { id: 'old-cert' } };
    expect(errorsOf(site)).toContain(
      'content/certifications/new-cert.md: status.successor: only a retiring or retired certification has a successor',
    );
  });

  it('warns, without failing, about facts not verified for 180 days', () => {
    const site = validSite();
    site.certifications[1]!.data.lastVerified = new Date('2026-01-01');
    expect(checkIntegrity(site, { now })).toEqual({
      errors: [],
      warnings: ['content/certifications/new-cert.md: lastVerified: facts were last verified 331 days ago (over 180); re-check them'],
    });
  });

  it('requires a role to rate every skill and only known skills', () => {
    const site = validSite();
    site.roles[0]!.data.levels = { entry: { 'python-ecosystem': 2, pandas: 1 }, experienced: { 'python-ecosystem': 1, 'scikit-learn': 2 } };
    expect(errorsOf(site)).toEqual([
      'content/roles/ml-engineer.yaml: levels.entry.pandas: unknown skills id "pandas"',
      'content/roles/ml-engineer.yaml: levels.entry: no level for scikit-learn',
      'content/roles/ml-engineer.yaml: levels.experienced.python-ecosystem: 1 is below the entry level 2',
    ]);
  });

  it('reports a skill filed under the wrong category folder', () => {
    const site = validSite();
    site.skills[0]!.filePath = 'content/skills/domain/python-ecosystem.mdx';
    expect(errorsOf(site)).toEqual([
      'content/skills/domain/python-ecosystem.mdx: category: "technical" does not match the folder "domain"',
    ]);
  });
});

describe('the roadmap pace', () => {
  it('reports a month whose core tasks and largest options exceed four weeks at the stated pace', () => {
    const site = validSite();
    site.months[4]!.data.tasks = [
      { id: 'm05-a', hours: 30 },
      { id: 'm05-aws', hours: 12, alternative: { group: 'cloud', option: 'aws' } },
      { id: 'm05-gcp', hours: 6, alternative: { group: 'cloud', option: 'gcp' } },
      { id: 'm05-gcp-2', hours: 8, alternative: { group: 'cloud', option: 'gcp' } },
    ];
    site.roles[0]!.data.choices = { cloud: 'aws' };
    // 30 core hours plus the larger cloud option (gcp: 6 + 8 = 14) is 44: within 48.
    expect(errorsOf(site)).toEqual([]);
    site.months[4]!.data.tasks[0]!.hours = 35;
    expect(errorsOf(site)).toEqual([
      'content/months/month-05.mdx: tasks: 49 hours (core tasks plus the largest option of each alternative group) exceed the 48 a month holds at 12 hours a week for 4 weeks',
    ]);
  });

  it('holds every authored month to it', () => {
    type Task = { hours: number; alternative?: { group: string; option: string } };
    const months = contentEntries('months').map((m) => ({ id: m.id, load: monthLoad(m.data['tasks'] as Task[]) }));
    expect(months.filter((m) => m.load > MONTH_HOURS_MAX)).toEqual([]);
    expect(MONTH_HOURS_MAX).toBe(4 * ROADMAP_PACE);
  });
});

describe('findCycle', () => {
  it('finds no cycle in a DAG and finds a self-loop', () => {
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toBeNull();
    expect(findCycle(new Map([['a', ['a']]]))).toEqual(['a', 'a']);
  });
});

describe('one template for every skill and month', () => {
  for (const collection of ['skills', 'months'] as const)
    for (const e of contentEntries(collection))
      it(`${e.filePath} has the ${collection === 'skills' ? 'skill' : 'month'} sections in order`, () => {
        expect(sectionHeadings(e.body ?? '')).toEqual(BODY_SECTIONS[collection]);
      });
});
