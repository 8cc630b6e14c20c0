import { describe, expect, it } from 'vitest';
import {
  costBand,
  costBandLabels,
  nextCertifications,
  nextKindLabels,
  nextSentenceLead,
  predecessorsOf,
  recommendCertifications,
  sourceLabel,
  type GuideCert,
} from '../../src/lib/certs';
import { certificationSchema } from '../../src/schemas/certifications';
import { plainRef } from '../../src/schemas/shared';
import { checkIntegrity } from '../../src/lib/integrity';
import { validSite } from '../fixtures/content';

const cert = (id: string, o: Partial<GuideCert['data']>): GuideCert => ({
  id,
  data: {
    title: id,
    track: 'cloud-ml',
    audiences: ['engineer'],
    audience: `For ${id}.`,
    status: { state: 'active' },
    facts: { prerequisites: { text: 'None.' }, cost: { text: 'US$150' } },
    month: 14,
    ...o,
  },
});

describe('honest unknowns in the chooser and the filters', () => {
  it('ranks a fee to check neither first nor last, and says to check it', () => {
    const unknown = cert('unknown', {
      facts: { prerequisites: { text: 'None.' }, cost: { text: 'Priced by country', state: 'unconfirmed' } },
    });
    const picks = recommendCertifications([cert('dear', { costUsd: 300 }), unknown, cert('cheap', { costUsd: 100 })], 'engineer')[0]!.picks;
    expect(picks.map((p) => p.cert.id)).toEqual(['cheap', 'unknown', 'dear']);
    expect(picks[1]!.reasons).toContain('Fee: Priced by country. Check the current fee with the issuer.');
  });
  it('says so when the issuer publishes no fee', () => {
    const none = cert('none', { facts: { prerequisites: { text: 'None.' }, cost: { text: 'Not published', state: 'not-published' } } });
    expect(recommendCertifications([none], 'engineer')[0]!.picks[0]!.reasons).toContain('The issuer does not publish the fee.');
  });
  it('gives a fee to check its own band, apart from the dearest exams', () => {
    expect(costBand(undefined, 'unconfirmed')).toBe('unconfirmed');
    expect(costBandLabels[costBand(undefined, 'unconfirmed')]).toBe('Fee to check with the issuer');
    expect(costBand(undefined, 'not-published')).not.toBe(costBand(300));
  });
  it('labels a source that is not the issuer as secondary', () => {
    expect(sourceLabel(false)).toBe('secondary source');
    expect(sourceLabel(true)).toBe('issuer');
  });
});

describe('official successor and nearest current exam', () => {
  it('lists the official successor first and words each kind differently', () => {
    const next = nextCertifications({ successor: { id: 'b' }, nearest: [{ id: 'c' }, { id: 'b' }] });
    expect(next).toEqual([
      { kind: 'official', id: 'b' },
      { kind: 'nearest', id: 'c' },
    ]);
    expect(nextKindLabels.official).toBe('Official successor');
    expect(nextKindLabels.nearest).toBe('Nearest current exam (our suggestion)');
    expect(nextSentenceLead('nearest', 2)).toBe('The issuer names no successor. The nearest current exams, in our judgment, are');
    expect(nextSentenceLead('official', 1)).toBe('The issuer names its successor:');
  });
  it('finds the retired certifications that point to an exam, with the kind of link', () => {
    const certs = [
      { id: 'old', data: { status: { nearest: [{ id: 'new' }] } } },
      { id: 'older', data: { status: { successor: { id: 'new' } } } },
      { id: 'new', data: { status: {} } },
    ];
    expect(predecessorsOf(certs, 'new').map((p) => [p.cert.id, p.kind])).toEqual([
      ['old', 'nearest'],
      ['older', 'official'],
    ]);
  });
});

describe('certification schema: fact states', () => {
  const schema = certificationSchema(plainRef);
  const issue = (facts: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const fact = { text: 'US$300', source: 'guide' };
    const r = schema.safeParse({
      title: 'Some certification',
      shortName: 'Some cert',
      issuer: 'An issuer',
      track: 'cloud-ml',
      audiences: ['engineer'],
      audience: 'Engineers who build things.',
      summary: 'A certification used to test the fact states of the schema.',
      sources: { guide: { title: 'Exam guide', url: 'https://aws.amazon.com/certification/', official: true } },
      facts: { prerequisites: fact, examFormat: fact, cost: fact, validity: fact, renewal: fact, ...facts },
      status: { state: 'active' },
      officialUrl: 'https://aws.amazon.com/certification/',
      lastVerified: '2026-11-28',
      skills: ['aws-for-healthcare'],
      month: 14,
      ...extra,
    });
    return r.success ? 'valid' : `${r.error.issues[0]!.path.join('.')}: ${r.error.issues[0]!.message}`;
  };
  it('pins the messages authors see', () => {
    expect(issue({ cost: { text: 'Not published' } })).toBe(
      'facts.cost.source: needs a source key (or state: not-published, or state: unconfirmed)',
    );
    expect(issue({ cost: { text: 'Not published', source: 'guide' } })).toBe(
      'facts.cost.state: says "Not published", so state must be not-published',
    );
    expect(issue({ cost: { text: 'US$300', state: 'not-published' } })).toBe(
      'facts.cost.text: a not-published fact must say "Not published"',
    );
    expect(issue({ cost: { text: 'Not published', state: 'unconfirmed' } })).toBe(
      'facts.cost.text: an unconfirmed fact is published by the issuer: say what is known and where to check, not "Not published"',
    );
    expect(issue({ cost: { text: 'Priced by country', state: 'unconfirmed' } }, { costUsd: 165 })).toBe(
      'costUsd: give costUsd only when the cost fact is published',
    );
  });
  it('accepts each state used correctly', () => {
    expect(issue({ cost: { text: 'Not published', state: 'not-published' } })).toBe('valid');
    expect(issue({ cost: { text: 'Priced by country', state: 'unconfirmed', checkUrl: 'https://learn.microsoft.com/credentials/' } })).toBe(
      'valid',
    );
  });
});

describe('integrity: nearest current exams', () => {
  it('checks that a nearest exam exists, is not the certification itself or its official successor, and belongs to a retired one', () => {
    const site = validSite();
    site.certifications[0]!.data.status.nearest = [{ id: 'nowhere' }, { id: 'new-cert' }];
    expect(checkIntegrity(site, { now: new Date('2026-12-01') }).errors).toEqual([
      'content/certifications/old-cert.md: status.nearest[0]: unknown certifications id "nowhere"',
      'content/certifications/old-cert.md: status.nearest[1]: "new-cert" is already the official successor; list it once',
    ]);
    site.certifications[0]!.data.status.nearest = [{ id: 'old-cert' }];
    expect(checkIntegrity(site, { now: new Date('2026-12-01') }).errors).toEqual([
      'content/certifications/old-cert.md: status.nearest[0]: a certification cannot be its own nearest current exam',
      'content/certifications/old-cert.md: status.successor: cycle old-cert → old-cert',
    ]);
    site.certifications[1]!.data.status.nearest = [{ id: 'old-cert' }];
    site.certifications[0]!.data.status.nearest = [];
    expect(checkIntegrity(site, { now: new Date('2026-12-01') }).errors).toEqual([
      'content/certifications/new-cert.md: status.nearest: only a retiring or retired certification points to a nearest current exam',
      'content/certifications/new-cert.md: status.successor: cycle new-cert → old-cert → new-cert',
    ]);
  });
});
