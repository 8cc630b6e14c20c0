/**
 * The changelog of fact changes shown on the About page: what changed in the site's facts, when,
 * and why. Newest first. Add an entry whenever a status, fee, date, successor or rule changes.
 */
export interface FactChange {
  /** The day the change was published on the site (YYYY-MM-DD). */
  date: string;
  /** What changed, one line per fact. */
  changes: string[];
}

/** The date of the last full review of every page's facts. */
export const lastFullReview = '2026-12-01';

export const factChanges: FactChange[] = [
  {
    date: '2026-12-02',
    changes: [
      'Azure Health Data Services: the de-identification service for PHI in clinical text added to Azure for health.',
      'TensorFlow Developer Certificate: the closure notice and the historical exam format are credited to the secondary sources they come from.',
    ],
  },
  {
    date: '2026-12-01',
    changes: [
      'Certification facts that issuers publish (AMIA, AHIMA, HIMSS, ABPM, Microsoft, AWS) are filled in or marked "check with the issuer", with a link; "Not published" is kept only where the issuer publishes nothing.',
      'AMIA AHIC: 150-item, 4-hour exam; certification valid 4 years; 60 professional development units to recertify.',
      'Clinical informatics board: the Practice Pathway ran only through 2025; primary certification from ABMS, AOA, RCPSC or CFPC is accepted.',
      'AWS ML Specialty and Azure DP-100: no official successor is stated; MLA-C01, AIP-C01 and AI-300 are listed as the nearest current exams.',
      'Azure API for FHIR retired on 30 September 2026; the Azure MedTech service is deprecated (support ends 3 May 2028).',
      'Vertex AI is now part of Gemini Enterprise Agent Platform (April 2026).',
      "FDA's revised Clinical Decision Support Software guidance of 6 January 2026 and the August 2025 revision of the PCCP guidance added.",
      'EU AI Act: the Annex III health uses (from 2 December 2027) and the AI-literacy duty (since 2 February 2025) added.',
      'SMART App Launch 2 scope syntax (patient/Observation.rs).',
      'AWS Free Tier for accounts created from 15 July 2025, and Amazon HealthLake hourly billing, added to the cloud months.',
    ],
  },
  {
    date: '2026-11-28',
    changes: ['Every certification, standard and regulation fact checked and dated when the site was first published.'],
  },
];
