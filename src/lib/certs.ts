import type { CertAudience, CertState, CertTrack, FactState } from '../schemas/certifications';

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
  'data-analytics': 'Analyze health data',
};

/** Display names of the backgrounds the guide starts from. */
export const audienceLabels: Record<CertAudience, string> = {
  clinician: 'Physician, nurse or other clinician',
  'health-information': 'Health information professional',
  engineer: 'IT or software engineer',
  'data-scientist': 'Data scientist or ML engineer',
  student: 'Student or recent graduate',
};

/**
 * The backgrounds the comparison filter and the guide offer: the schema's audiences plus two views
 * that leave out physician-only credentials. A nurse is a clinician who is not a physician.
 */
export type CertBackground = CertAudience | 'nurse' | 'non-physician';
export const backgroundLabels: Record<CertBackground, string> = {
  ...audienceLabels,
  nurse: 'Nurse or other non-physician clinician',
  'non-physician': 'Anyone who is not a physician',
};

/** The badge shown on certifications only physicians can earn. */
export const physiciansOnlyLabel = 'Physicians only';

/** Whether a certification suits a background; the nurse and non-physician views exclude physician-only credentials. */
export function suitsBackground(
  cert: { audiences: readonly string[]; physiciansOnly?: boolean | undefined },
  background: CertBackground,
): boolean {
  if (background === 'non-physician') return !cert.physiciansOnly;
  if (background === 'nurse') return !cert.physiciansOnly && cert.audiences.includes('clinician');
  return cert.audiences.includes(background);
}

/**
 * Cost bands used by the comparison filter. A fee we could not confirm and a fee the issuer does
 * not publish are bands of their own, never lumped with the dearest exams.
 */
export type CostBand = 'under-200' | '200-plus' | 'unconfirmed' | 'not-published';
export const costBandLabels: Record<CostBand, string> = {
  'under-200': 'Under US$200',
  '200-plus': 'US$200 or more',
  unconfirmed: 'Fee to check with the issuer',
  'not-published': 'No fee published',
};

/** The cost band of a certification from its fee in US dollars and the state of its cost fact. */
export function costBand(costUsd: number | undefined, state: FactState = 'published'): CostBand {
  if (costUsd !== undefined) return costUsd < 200 ? 'under-200' : '200-plus';
  return state === 'not-published' ? 'not-published' : 'unconfirmed';
}

/** How a fact's source is labeled: the issuer's own page, or someone else's. */
export function sourceLabel(official: boolean): string {
  return official ? 'issuer' : 'secondary source';
}

/** What a reader is told beside a fact that is not plainly published. */
export const factStateNotes: Record<FactState, string | undefined> = {
  published: undefined,
  'not-published': 'The issuer does not publish this.',
  unconfirmed: 'The current value is not confirmed here; check it with',
};

/**
 * Where a retired or retiring certification leads: an official successor (the issuer names it)
 * or the nearest current exams (our suggestion). Kinds are worded differently everywhere.
 */
export type NextKind = 'official' | 'nearest';
export interface NextCert {
  kind: NextKind;
  id: string;
}
export const nextKindLabels: Record<NextKind, string> = {
  official: 'Official successor',
  nearest: 'Nearest current exam (our suggestion)',
};

/** The certifications to take instead of this one, official successor first. */
export function nextCertifications(status: { successor?: { id: string } | undefined; nearest?: { id: string }[] | undefined }): NextCert[] {
  return [
    ...(status.successor ? [{ kind: 'official' as const, id: status.successor.id }] : []),
    ...(status.nearest ?? []).filter((r) => r.id !== status.successor?.id).map((r) => ({ kind: 'nearest' as const, id: r.id })),
  ];
}

/** The sentence that introduces the next certifications on a certification page. */
export function nextSentenceLead(kind: NextKind, count: number): string {
  if (kind === 'official') return 'The issuer names its successor:';
  return count > 1
    ? 'The issuer names no successor. The nearest current exams, in our judgment, are'
    : 'The issuer names no successor. The nearest current exam, in our judgment, is';
}

/** The certifications that name this one as their official successor or nearest current exam. */
export function predecessorsOf<
  C extends { id: string; data: { status: { successor?: { id: string } | undefined; nearest?: { id: string }[] | undefined } } },
>(certs: readonly C[], id: string): { cert: C; kind: NextKind }[] {
  return certs.flatMap((c) =>
    nextCertifications(c.data.status)
      .filter((n) => n.id === id)
      .map((n) => ({ cert: c, kind: n.kind })),
  );
}

/** The median of some numbers (undefined for none). */
function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1]! + v[mid]!) / 2;
}

export interface GuideCert {
  id: string;
  data: {
    title: string;
    track: CertTrack;
    audiences: CertAudience[];
    audience: string;
    /** Only physicians can earn it. */
    physiciansOnly?: boolean | undefined;
    status: { state: CertState };
    facts: { prerequisites: { text: string }; cost: { text: string; state?: FactState } };
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
 * ones come first within a goal. A fee that is unknown ranks neutrally, as the median of the
 * known fees in its goal, neither first nor last.
 */
export function recommendCertifications<C extends GuideCert>(certs: readonly C[], background: CertBackground): GuideGroup<C>[] {
  const eligible = certs.filter((c) => c.data.status.state !== 'retired' && suitsBackground(c.data, background));
  return (Object.keys(trackGoals) as CertTrack[])
    .map((track) => {
      const inTrack = eligible.filter((c) => c.data.track === track);
      const neutral = median(inTrack.flatMap((c) => (c.data.costUsd === undefined ? [] : [c.data.costUsd]))) ?? 0;
      const rank = (c: C) => c.data.costUsd ?? neutral;
      return {
        track,
        goal: trackGoals[track],
        picks: inTrack
          .sort((a, b) => rank(a) - rank(b) || a.data.month - b.data.month || a.data.title.localeCompare(b.data.title))
          .map((cert) => ({ cert, reasons: guideReasons(cert) })),
      };
    })
    .filter((g) => g.picks.length > 0);
}

/** Why a certification is listed in the guide, and what to check before applying. */
function guideReasons(cert: GuideCert): string[] {
  const cost = cert.data.facts.cost;
  const fee =
    cert.data.costUsd !== undefined
      ? `Exam fee about US$${cert.data.costUsd}.`
      : cost.state === 'not-published'
        ? 'The issuer does not publish the fee.'
        : `Fee: ${cost.text.replace(/\.$/, '')}. Check the current fee with the issuer.`;
  return [
    ...(cert.data.physiciansOnly ? [`${physiciansOnlyLabel}.`] : []),
    cert.data.audience,
    `Before you apply: ${cert.data.facts.prerequisites.text}`,
    fee,
    `On the roadmap it fits around month ${cert.data.month}.`,
  ];
}

/** The data attributes of a comparison row. */
export interface CertRow {
  state: string;
  track: string;
  audiences: string;
  /** "true" when only physicians can earn it. */
  physiciansOnly: string;
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
  if (
    f.audience &&
    !suitsBackground({ audiences: row.audiences.split(' '), physiciansOnly: row.physiciansOnly === 'true' }, f.audience as CertBackground)
  )
    return false;
  if (f.cost && row.cost !== f.cost) return false;
  if (f.status === 'current' && row.state === 'retired') return false;
  if (f.status === 'retired' && row.state !== 'retired') return false;
  return true;
}

/** Compares rows for a sort key; fees without a number sort after every known fee, newest verification first. */
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
 * it is said once.
 */
export function validityAndRenewal(validity: string, renewal: string): string {
  const v = validity.trim().replace(/\.$/, '');
  const r = renewal.trim().replace(/\.$/, '');
  return v === r ? `${v}.` : `${v}. Renewal: ${r}.`;
}
