import type { CertAudience, CertState, CertTrack } from '../schemas/certifications';

/** Display names of certification tracks. */
export const trackLabels: Record<CertTrack, string> = {
  'cloud-ml': 'Cloud and ML',
  'health-it': 'Health IT',
  'health-information': 'Health information',
  'clinical-informatics': 'Clinical informatics',
  'data-analytics': 'Data analytics',
};

/** The goal each track serves, as the chooser guide phrases it. */
export const trackGoals: Record<CertTrack, string> = {
  'cloud-ml': 'Build and deploy machine learning on a cloud platform',
  'health-it': 'Work on health IT and information systems',
  'health-information': 'Manage health information, records and coding',
  'clinical-informatics': 'Lead clinical informatics work',
  'data-analytics': 'Analyse health data',
};

/** Display names of the backgrounds the guide starts from. */
export const audienceLabels: Record<CertAudience, string> = {
  clinician: 'Physician, nurse or other clinician',
  'health-information': 'Health information professional',
  engineer: 'IT or software engineer',
  'data-scientist': 'Data scientist or ML engineer',
  student: 'Student or recent graduate',
};

/** Cost bands used by the comparison filter. */
export type CostBand = 'under-200' | '200-plus' | 'unpublished';
export const costBandLabels: Record<CostBand, string> = {
  'under-200': 'Under US$200',
  '200-plus': 'US$200 or more',
  unpublished: 'Fee not published',
};

/** The cost band of an exam fee in US dollars (undefined when the issuer does not publish one). */
export function costBand(costUsd: number | undefined): CostBand {
  if (costUsd === undefined) return 'unpublished';
  return costUsd < 200 ? 'under-200' : '200-plus';
}

export interface GuideCert {
  id: string;
  data: {
    title: string;
    track: CertTrack;
    audiences: CertAudience[];
    audience: string;
    status: { state: CertState };
    facts: { prerequisites: { text: string } };
    costUsd?: number | undefined;
    month: number;
  };
}

export interface GuideGroup<C extends GuideCert> {
  track: CertTrack;
  goal: string;
  picks: { cert: C; reasons: string[] }[];
}

/**
 * Certifications for a background, grouped by the goal (track) they serve, with the reasons for
 * each pick. Only certifications that can still be earned are recommended; cheaper and earlier
 * ones come first within a goal.
 */
export function recommendCertifications<C extends GuideCert>(certs: readonly C[], background: CertAudience): GuideGroup<C>[] {
  const eligible = certs.filter((c) => c.data.status.state !== 'retired' && c.data.audiences.includes(background));
  return (Object.keys(trackGoals) as CertTrack[])
    .map((track) => ({
      track,
      goal: trackGoals[track],
      picks: eligible
        .filter((c) => c.data.track === track)
        .sort((a, b) => (a.data.costUsd ?? Infinity) - (b.data.costUsd ?? Infinity) || a.data.month - b.data.month || a.data.title.localeCompare(b.data.title))
        .map((cert) => ({
          cert,
          reasons: [
            cert.data.audience,
            `Before you apply: ${cert.data.facts.prerequisites.text}`,
            cert.data.costUsd !== undefined ? `Exam fee about US$${cert.data.costUsd}.` : 'The fee is not published; check with the issuer.',
            `On the roadmap it fits around month ${cert.data.month}.`,
          ],
        })),
    }))
    .filter((g) => g.picks.length > 0);
}

/** The data attributes of a comparison row. */
export interface CertRow {
  state: string;
  track: string;
  audiences: string;
  cost: string;
  costUsd: string;
  verified: string;
  month: string;
  title: string;
}
export interface CertFilters {
  track: string;
  audience: string;
  cost: string;
  /** "current" (active or retiring), "retired", or "" for any. */
  status: string;
}

/** Whether a comparison row passes the filters; an empty filter matches everything. */
export function certRowVisible(row: CertRow, f: CertFilters): boolean {
  if (f.track && row.track !== f.track) return false;
  if (f.audience && !row.audiences.split(' ').includes(f.audience)) return false;
  if (f.cost && row.cost !== f.cost) return false;
  if (f.status === 'current' && row.state === 'retired') return false;
  if (f.status === 'retired' && row.state !== 'retired') return false;
  return true;
}

/** Compares rows for a sort key; unpublished costs sort last, newest verification first. */
export function compareCertRows(key: string): (a: CertRow, b: CertRow) => number {
  const byTitle = (a: CertRow, b: CertRow) => a.title.localeCompare(b.title);
  const num = (v: string) => (v === '' ? Infinity : Number(v));
  switch (key) {
    case 'cost':
      return (a, b) => num(a.costUsd) - num(b.costUsd) || byTitle(a, b);
    case 'verified':
      return (a, b) => b.verified.localeCompare(a.verified) || byTitle(a, b);
    case 'month':
      return (a, b) => num(a.month) - num(b.month) || byTitle(a, b);
    default:
      return byTitle;
  }
}

/**
 * Validity and renewal in one table cell: "3 years. Renewal: 60 credits." When both say the same
 * (often "Not published") it is said once.
 */
export function validityAndRenewal(validity: string, renewal: string): string {
  const v = validity.trim().replace(/\.$/, '');
  const r = renewal.trim().replace(/\.$/, '');
  return v === r ? `${v}.` : `${v}. Renewal: ${r}.`;
}
