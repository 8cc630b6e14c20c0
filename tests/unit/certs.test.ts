import { describe, expect, it } from 'vitest';
import {
  certRowVisible,
  compareCertRows,
  costBand,
  recommendCertifications,
  suitsBackground,
  validityAndRenewal,
  type CertRow,
  type GuideCert,
} from '../../src/lib/certs';

const row = (o: Partial<CertRow>): CertRow => ({
  state: 'active',
  track: 'cloud-ml',
  audiences: 'engineer data-scientist',
  physiciansOnly: 'false',
  cost: '200-plus',
  costUsd: '300',
  verified: '2026-11-28',
  month: '14',
  title: 'X',
  ...o,
});
const none = { track: '', audience: '', cost: '', status: '' };

describe('comparison filters and sorting', () => {
  it('bands costs', () => {
    expect(costBand(100)).toBe('under-200');
    expect(costBand(200)).toBe('200-plus');
    expect(costBand(undefined)).toBe('unconfirmed');
    expect(costBand(undefined, 'not-published')).toBe('not-published');
  });
  it('hides retired rows by default and filters by track, audience and cost', () => {
    expect(certRowVisible(row({ state: 'retired' }), { ...none, status: 'current' })).toBe(false);
    expect(certRowVisible(row({ state: 'retiring' }), { ...none, status: 'current' })).toBe(true);
    expect(certRowVisible(row({ state: 'active' }), { ...none, status: 'retired' })).toBe(false);
    expect(certRowVisible(row({}), { ...none, track: 'health-it' })).toBe(false);
    expect(certRowVisible(row({}), { ...none, audience: 'data-scientist' })).toBe(true);
    expect(certRowVisible(row({}), { ...none, audience: 'student' })).toBe(false);
    expect(certRowVisible(row({}), { ...none, cost: 'under-200' })).toBe(false);
  });
  it('keeps physician-only credentials out of the nurse and non-physician views', () => {
    const board = row({ audiences: 'clinician', physiciansOnly: 'true', track: 'clinical-informatics' });
    const nursing = row({ audiences: 'clinician', physiciansOnly: 'false', track: 'clinical-informatics' });
    expect(certRowVisible(board, { ...none, audience: 'clinician' })).toBe(true);
    expect(certRowVisible(board, { ...none, audience: 'nurse' })).toBe(false);
    expect(certRowVisible(board, { ...none, audience: 'non-physician' })).toBe(false);
    expect(certRowVisible(nursing, { ...none, audience: 'nurse' })).toBe(true);
    expect(certRowVisible(nursing, { ...none, audience: 'non-physician' })).toBe(true);
    expect(certRowVisible(row({}), { ...none, audience: 'nurse' })).toBe(false);
    expect(certRowVisible(row({}), { ...none, audience: 'non-physician' })).toBe(true);
    expect(suitsBackground({ audiences: ['clinician'] }, 'nurse')).toBe(true);
    expect(suitsBackground({ audiences: ['clinician'], physiciansOnly: true }, 'clinician')).toBe(true);
  });
  it('sorts by cost with unpublished fees last, and by newest verification', () => {
    const rows = [
      row({ title: 'B', costUsd: '' }),
      row({ title: 'A', costUsd: '300' }),
      row({ title: 'C', costUsd: '100', verified: '2026-01-01' }),
    ];
    expect([...rows].sort(compareCertRows('cost')).map((r) => r.title)).toEqual(['C', 'A', 'B']);
    expect([...rows].sort(compareCertRows('verified')).map((r) => r.title)).toEqual(['A', 'B', 'C']);
    expect([...rows].sort(compareCertRows('title')).map((r) => r.title)).toEqual(['A', 'B', 'C']);
  });
});

describe('recommendCertifications', () => {
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
  it('groups active certifications for a background by goal, cheapest first, with reasons', () => {
    const groups = recommendCertifications(
      [
        cert('pricey', { costUsd: 300 }),
        cert('cheap', { costUsd: 150 }),
        cert('gone', { status: { state: 'retired' } }),
        cert('him', { track: 'health-information', audiences: ['health-information'] }),
      ],
      'engineer',
    );
    expect(groups.map((g) => g.track)).toEqual(['cloud-ml']);
    expect(groups[0]!.picks.map((p) => p.cert.id)).toEqual(['cheap', 'pricey']);
    expect(groups[0]!.picks[0]!.reasons).toEqual([
      'For cheap.',
      'Before you apply: None.',
      'Exam fee about US$150.',
      'On the roadmap it fits around month 14.',
    ]);
  });
  it('recommends no physician-only credential to nurses, and says so to clinicians', () => {
    const certs = [
      cert('board', { track: 'clinical-informatics', audiences: ['clinician'], physiciansOnly: true }),
      cert('nursing', { track: 'clinical-informatics', audiences: ['clinician'] }),
    ];
    expect(recommendCertifications(certs, 'nurse')[0]!.picks.map((p) => p.cert.id)).toEqual(['nursing']);
    const clinician = recommendCertifications(certs, 'clinician')[0]!.picks;
    expect(clinician.map((p) => p.cert.id).sort()).toEqual(['board', 'nursing']);
    expect(clinician.find((p) => p.cert.id === 'board')!.reasons[0]).toBe('Physicians only.');
  });
});

describe('validity and renewal in one cell', () => {
  it('says both, each once, with one full stop each', () => {
    expect(validityAndRenewal('3 years', 'Recertify by passing the current exam.')).toBe(
      '3 years. Renewal: Recertify by passing the current exam.',
    );
    expect(validityAndRenewal('Not published', 'Not published')).toBe('Not published.');
  });
});
