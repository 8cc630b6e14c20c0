import type { CertTrack } from '../schemas/certifications';

/** Display names of certification tracks. */
export const trackLabels: Record<CertTrack, string> = {
  'cloud-ml': 'Cloud and ML',
  'health-it': 'Health IT',
  'health-information': 'Health information',
  'clinical-informatics': 'Clinical informatics',
  'data-analytics': 'Data analytics',
};
