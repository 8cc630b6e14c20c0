import { describe, expect, it } from 'vitest';
import { azIndex } from '../../src/lib/az-index';
import { certificationsCoveringSkill, monthHours, monthsTeachingSkill, skillsUsingTerm, termsOfSkill } from '../../src/lib/crossrefs';
import { formatDate, formatHours } from '../../src/lib/format';
import { routes, withBase } from '../../src/lib/paths';
import { collectResources, resourceKey } from '../../src/lib/resources';
import { pageTitle } from '../../src/lib/seo';
import { nextTheme } from '../../src/lib/theme';

const ref = (id: string) => ({ id, collection: 'x' });

describe('paths', () => {
  it('joins base paths with a single slash', () => {
    expect(withBase('/', '/skills/')).toBe('/skills/');
    expect(withBase('/sub/', '/skills/')).toBe('/sub/skills/');
    expect(withBase('/sub', 'roadmap/month-1/')).toBe('/sub/roadmap/month-1/');
    expect(routes.term('510k')).toBe('/glossary/510k/');
  });
});

describe('format', () => {
  it('formats dates in UTC and hours in words', () => {
    expect(formatDate(new Date('2026-03-31'))).toBe('31 March 2026');
    expect(formatHours(1)).toBe('1 hour');
    expect(formatHours(2.5)).toBe('2.5 hours');
  });
});

describe('pageTitle', () => {
  it('adds the site name when it fits, drops it when not, and shortens at a word', () => {
    expect(pageTitle('Glossary')).toBe('Glossary · Healthcare AI Skills Matrix');
    const month = 'Month 4: NumPy and pandas with the MIMIC-IV demo; terminologies';
    expect(pageTitle(month)).toBe(month);
    const long = 'Month 99: a very long title that keeps going and going well past the limit of seventy';
    const t = pageTitle(long);
    expect(t.length).toBeLessThanOrEqual(70);
    expect(t.endsWith('…')).toBe(true);
    expect(long.startsWith(t.slice(0, -1))).toBe(true);
  });
});

describe('theme', () => {
  it('toggles, reading unknown values as light', () => {
    expect(nextTheme('dark')).toBe('light');
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('purple')).toBe('dark');
    expect(nextTheme(undefined)).toBe('dark');
  });
});

describe('cross-references', () => {
  const months = [
    { data: { month: 2, skills: [ref('sql')], tasks: [{ hours: 10 }, { hours: 5.5, skill: ref('hipaa') }] } },
    { data: { month: 1, skills: [ref('python')], tasks: [{ hours: 3, skill: ref('sql') }] } },
  ];
  it('finds the months that teach a skill through their skills or tasks, in order', () => {
    expect(monthsTeachingSkill(months, 'sql').map((m) => m.data.month)).toEqual([1, 2]);
    expect(monthsTeachingSkill(months, 'hipaa').map((m) => m.data.month)).toEqual([2]);
    expect(monthsTeachingSkill(months, 'dicom')).toEqual([]);
    expect(monthHours(months[0]!)).toBe(15.5);
    const withOptions = {
      data: {
        tasks: [
          { hours: 4 },
          { hours: 6, alternative: { group: 'cloud', option: 'aws' } },
          { hours: 3, alternative: { group: 'cloud', option: 'azure' } },
          { hours: 5, alternative: { group: 'cloud', option: 'azure' } },
        ],
      },
    };
    expect(monthHours(withOptions), 'core plus the largest option').toBe(4 + 8);
  });
  it('links skills and terms from either side', () => {
    const skills = [
      { id: 'hipaa', data: { glossary: [ref('phi')] } },
      { id: 'gdpr', data: { glossary: [] } },
    ];
    const terms = [
      { id: 'phi', data: { term: 'PHI', skills: [ref('gdpr')] } },
      { id: 'baa', data: { term: 'BAA', skills: [ref('hipaa')] } },
    ];
    expect(skillsUsingTerm(skills, terms[0]!).map((s) => s.id)).toEqual(['hipaa', 'gdpr']);
    expect(termsOfSkill(terms, skills[0]!).map((t) => t.id)).toEqual(['baa', 'phi']);
    expect(certificationsCoveringSkill([{ data: { skills: [ref('hipaa')] } }], 'gdpr')).toEqual([]);
  });
});

describe('azIndex', () => {
  it('groups every entry by first letter with digits first', () => {
    const groups = azIndex({
      categories: [{ id: 'technical', data: { title: 'Technical Competencies' } }],
      skills: [{ id: 'sql', data: { title: 'SQL', category: ref('technical') } }],
      months: [{ data: { month: 3, title: 'SQL fundamentals' } }],
      certifications: [{ id: 'cahims', data: { title: 'CAHIMS' } }],
      roles: [{ id: 'nurse-informaticist', data: { title: 'Nurse informaticist' } }],
      glossary: [
        { id: '510k', data: { term: '510(k)', expansion: 'Premarket notification' } },
        { id: 'phi', data: { term: 'PHI', expansion: 'Protected health information' } },
      ],
    });
    expect(groups.map((g) => g.letter)).toEqual(['#', 'C', 'M', 'N', 'P', 'S', 'T']);
    expect(groups.find((g) => g.letter === 'N')!.items).toEqual([
      { title: 'Nurse informaticist', type: 'Role', href: '/roles/nurse-informaticist/' },
    ]);
    expect(groups[0]!.items[0]).toEqual({ title: '510(k) (Premarket notification)', type: 'Term', href: '/glossary/510k/' });
    expect(groups.find((g) => g.letter === 'S')!.items).toEqual([{ title: 'SQL', type: 'Skill', href: '/skills/technical/sql/' }]);
  });
});

describe('collectResources', () => {
  const r = (url: string, title = 'T') => ({
    title,
    url,
    kind: 'docs' as const,
    provider: 'P',
    cost: 'free' as const,
    lastChecked: new Date('2026-11-28'),
  });
  it('lists each resource once with every entry that uses it', () => {
    const hub = collectResources([
      { title: 'SQL', href: '/skills/technical/sql/', resources: [r('https://www.postgresql.org/docs/', 'PostgreSQL docs')] },
      { title: 'Month 3', href: '/roadmap/month-3/', resources: [r('https://www.postgresql.org/docs', 'PostgreSQL docs')] },
    ]);
    expect(hub).toHaveLength(1);
    expect(hub[0]!.usedBy.map((u) => u.title)).toEqual(['SQL', 'Month 3']);
    expect(resourceKey('https://WWW.PostgreSQL.org/docs/')).toBe(resourceKey('https://www.postgresql.org/docs'));
  });

  it('splits documentation into technical and health sections by the skills a resource serves', async () => {
    const { kindSections, resourcesOfSection } = await import('../../src/lib/resources');
    const hub = collectResources([
      {
        title: 'SQL',
        href: '/skills/technical/sql/',
        resources: [r('https://www.postgresql.org/docs/')],
        skills: ['sql'],
        categories: ['technical'],
      },
      {
        title: 'HL7 FHIR',
        href: '/skills/domain/hl7-fhir/',
        resources: [r('https://hl7.org/fhir/')],
        skills: ['hl7-fhir'],
        categories: ['domain'],
      },
    ]);
    const docs = kindSections.find((k) => k.id === 'docs')!;
    const standards = kindSections.find((k) => k.id === 'standards')!;
    expect(resourcesOfSection(hub, docs).map((x) => x.url)).toEqual(['https://www.postgresql.org/docs/']);
    expect(resourcesOfSection(hub, standards).map((x) => x.url)).toEqual(['https://hl7.org/fhir/']);
  });
});

describe('firstSentence', () => {
  it('takes the first sentence and shortens it at a word boundary', async () => {
    const { firstSentence } = await import('../../src/lib/text');
    expect(firstSentence('PHI is health data. It is protected.')).toBe('PHI is health data.');
    expect(firstSentence('No full stop here')).toBe('No full stop here');
    expect(firstSentence('A long sentence about clinical terminologies, coding systems and more.', 40)).toBe(
      'A long sentence about clinical…',
    );
  });
});

describe('oneLine', () => {
  it('leaves a short text alone and cuts a long one at a word boundary', async () => {
    const { oneLine } = await import('../../src/lib/text');
    expect(oneLine('US$100')).toBeUndefined();
    expect(oneLine('Taken at Pearson VUE within 120 days of approval', 20)).toBe('Taken at Pearson…');
    expect(oneLine('Supercalifragilisticexpialidocious', 10)).toBe('Supercalif…');
  });
});
