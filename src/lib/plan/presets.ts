/**
 * Starting ratings for common backgrounds, so a person can fill in the self-assessment from a
 * typical profile instead of 36 blank sliders. A preset is only a starting point: the person is
 * expected to adjust every rating that does not fit them, and the plan is built from whatever they
 * end up with. Nothing here is a judgement about what someone with that background knows.
 *
 * Rating scale: 0 none, 1 aware, 2 working, 3 proficient, 4 expert. No preset rates anything 4,
 * because expert level is something a person should claim for themselves, not be handed.
 */
import type { CategoryId } from '../rules';

/** The backgrounds offered, in the order the picker shows them. */
export const presetIds = ['clinician', 'software-engineer', 'analyst', 'student'] as const;

/** One of {@link presetIds}. */
export type PresetId = (typeof presetIds)[number];

/** What the picker shows for each preset; worded so people recognise themselves. */
export const presetLabels: Record<PresetId, string> = {
  clinician: 'Clinician (physician, nurse, allied health)',
  'software-engineer': 'Software engineer',
  analyst: 'Statistician or data analyst',
  student: 'Student or recent graduate',
};

/** Skill categories as authored in `content/skills/<category>/`. */
type Category = CategoryId;

interface Preset {
  /** Explicit starting points for the skills the background clearly does or does not bring. */
  bySkill: Readonly<Record<string, number>>;
  /**
   * Used for any skill not named in `bySkill`, so a skill added to the content later still gets a
   * plausible value for this background instead of silently reading as 0.
   */
  byCategory: Readonly<Record<Category, number>>;
}

// Each table names every current skill whose value differs from its category default, plus a few
// that match it where the value is the point of the preset (so a reader sees the intent).
const PRESETS: Readonly<Record<PresetId, Preset>> = {
  // Deep clinical context and teamwork; little programming. Statistics at "aware" from
  // evidence-based medicine training; privacy rules are part of daily practice.
  clinician: {
    bySkill: {
      'statistics-eda': 1,
      'time-series-data': 1,
      'clinical-workflows': 3,
      'medical-terminology': 3,
      'disease-mechanisms': 3,
      'clinical-terminologies': 2,
      hipaa: 2,
      'gdpr-data-rights': 1,
      'fda-ai-regulation': 1,
      dicom: 1,
      'hl7-fhir': 0,
      'cda-ccda': 0,
      'gmlp-fairness': 0,
      collaboration: 3,
      communication: 2,
      'stakeholder-engagement': 2,
      'problem-solving': 2,
      'project-management': 1,
      'practical-healthcare-experience': 3,
      'self-directed-learning': 2,
      'formal-education': 1,
      'community-engagement': 1,
    },
    byCategory: { technical: 0, domain: 1, 'soft-skills': 2, 'continuous-learning': 1 },
  },
  // Strong engineering and data storage; machine learning and healthcare mostly new.
  'software-engineer': {
    bySkill: {
      'software-foundations': 3,
      'python-ecosystem': 2,
      sql: 2,
      'relational-databases': 2,
      nosql: 2,
      'aws-for-healthcare': 1,
      'google-cloud-for-healthcare': 1,
      'azure-for-health': 1,
      mlops: 1,
      'statistics-eda': 1,
      'scikit-learn': 1,
      'model-evaluation': 0,
      pytorch: 0,
      tensorflow: 0,
      'r-for-statistics': 0,
      'time-series-data': 0,
      // Privacy law reaches most engineers through their day job, whatever the industry.
      'gdpr-data-rights': 1,
      'project-management': 2,
      collaboration: 2,
      communication: 2,
      'problem-solving': 2,
      'stakeholder-engagement': 1,
      'self-directed-learning': 2,
      'practical-healthcare-experience': 0,
    },
    byCategory: { technical: 1, domain: 0, 'soft-skills': 2, 'continuous-learning': 1 },
  },
  // Statistics, R and SQL are the core; classical ML at "aware"; some exposure to health data.
  analyst: {
    bySkill: {
      'statistics-eda': 3,
      'r-for-statistics': 3,
      sql: 3,
      'relational-databases': 2,
      'python-ecosystem': 2,
      'scikit-learn': 1,
      'model-evaluation': 1,
      'time-series-data': 1,
      'software-foundations': 1,
      nosql: 0,
      pytorch: 0,
      tensorflow: 0,
      mlops: 0,
      'aws-for-healthcare': 0,
      'google-cloud-for-healthcare': 0,
      'azure-for-health': 0,
      communication: 2,
      'stakeholder-engagement': 2,
      'problem-solving': 2,
      collaboration: 2,
      'project-management': 1,
      'self-directed-learning': 2,
      'practical-healthcare-experience': 1,
    },
    byCategory: { technical: 0, domain: 1, 'soft-skills': 2, 'continuous-learning': 1 },
  },
  // Early foundations from coursework; everything else is still ahead.
  student: {
    bySkill: {
      'software-foundations': 1,
      'python-ecosystem': 1,
      'statistics-eda': 1,
      'formal-education': 2,
      'self-directed-learning': 1,
    },
    byCategory: { technical: 0, domain: 0, 'soft-skills': 0, 'continuous-learning': 0 },
  },
};

/** Type guard for a value read from a form control or URL. */
export function isPresetId(value: string): value is PresetId {
  return (presetIds as readonly string[]).includes(value);
}

/** Own-property lookup, so a skill id such as "constructor" never reads Object.prototype. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Starting ratings (0–4) for a background: one entry for every skill in `skills`, in their order.
 * A skill named by the preset gets its explicit value; any other skill gets the preset's default
 * for its category, and a skill in an unknown category gets 0. The result is a fresh object the
 * caller may edit: presets are starting points the person then adjusts.
 */
export function presetRatings(preset: PresetId, skills: readonly { id: string; category: string }[]): Record<string, number> {
  const table = PRESETS[preset];
  const ratings: Record<string, number> = {};
  for (const s of skills) {
    const value = own(table.bySkill, s.id) ?? own<number>(table.byCategory, s.category) ?? 0;
    // Defined rather than assigned, so even an id like "__proto__" becomes a key, not a prototype.
    Object.defineProperty(ratings, s.id, { value, enumerable: true, writable: true, configurable: true });
  }
  return ratings;
}
