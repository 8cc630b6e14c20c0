import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** All authored content as one lower-case string. */
function allContent(dir = 'content'): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(mdx?|ya?ml)$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n')
    .toLowerCase();
}

/**
 * Every item of the Essential Skills Matrix, as the site must name it somewhere. The matrix
 * itself is not read at build or test time; this list is its checklist.
 */
const seedItems = [
  // Technical competencies
  'NumPy',
  'Pandas',
  'Matplotlib',
  'biostatistics',
  'clinical trial',
  'ggplot2',
  'stored procedure',
  'query optimization',
  'TensorFlow',
  'PyTorch',
  'scikit-learn',
  'SageMaker',
  'HealthLake',
  'Lambda',
  'S3',
  'EC2',
  'RDS',
  'HIPAA-eligible',
  'Healthcare API',
  'Vertex AI',
  'BigQuery',
  'Azure Machine Learning',
  'FHIR',
  'Health Bot',
  'PostgreSQL',
  'MySQL',
  'MongoDB',
  'Redis',
  'InfluxDB',
  'Git',
  'Linux',
  'Docker',
  'CI/CD',
  'monitoring',
  'MLOps',
  'hyperparameter',
  // Domain knowledge
  'patient journey',
  'triage',
  'care coordination',
  'referral',
  'care transition',
  'ICD-10',
  'CPT',
  'anatomy',
  'physiology',
  'lab values',
  'imaging findings',
  'pathology report',
  'pharmacology',
  'drug classes',
  'adverse effect',
  'shadowing',
  'PHI',
  'access control',
  'breach notification',
  'BAA',
  'SaMD',
  '510(k)',
  'clinical validation',
  'HL7',
  'DICOM',
  'GDPR',
  'consent',
  'right to explanation',
  'data portability',
  'Good Machine Learning Practice',
  'fairness',
  'transparency',
  'SNOMED CT',
  'LOINC',
  'RxNorm',
  'CDA',
  'C-CDA',
  'interoperability',
  'hackathon',
  'HIMSS',
  'AMIA',
  'AHIMA',
  // Soft skills
  'technical translation',
  'data storytelling',
  'presentation',
  'written communication',
  'cross-functional',
  'conflict resolution',
  'active listening',
  'Agile',
  'Scrum',
  'sprint',
  'retrospective',
  'risk management',
  'resource planning',
  'stakeholder',
  'critical thinking',
  'root cause analysis',
  '5 Whys',
  'fishbone',
  'design thinking',
  // Continuous learning
  'Coursera',
  'edX',
  'Udacity',
  'fast.ai',
  'Health Informatics',
  'Data Science',
  'fellowship',
  'PhD in Biomedical Informatics',
  'arXiv',
  'PubMed',
  'npj Digital Medicine',
  'JMIR',
  'Towards Data Science',
  'Healthcare AI Today',
  'Kaggle',
  'GitHub',
  'LeetCode',
  'NeurIPS',
  'ML4H',
  'RSNA',
  'meetup',
  'r/MachineLearning',
  'Discord',
  'LinkedIn',
  'open source',
  // Certifications
  'CAHIMS',
  'RHIA',
  'RHIT',
  'Certified Health Data Analyst',
  'Clinical Informatics',
  'TensorFlow Developer Certificate',
  'Machine Learning – Specialty',
  'Machine Learning Engineer',
  // Building your personal learning plan
  'portfolio',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Whether `text` names `item` as a whole word or phrase: not inside a longer word ("Git" is not
 * named by "digital"), though a plural or possessive ending ("stored procedures") still counts.
 */
function namesItem(text: string, item: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(item.toLowerCase())}(?:s|es|'s|’s)?(?![\\p{L}\\p{N}])`, 'u').test(text);
}

describe('whole-word matching', () => {
  it('finds an item only as a word of its own', () => {
    expect(namesItem('digital medicine', 'git')).toBe(false);
    expect(namesItem('learn git and github', 'git')).toBe(true);
    expect(namesItem('version it with git.', 'git')).toBe(true);
    expect(namesItem('a pharmacist', 'phi')).toBe(false);
    expect(namesItem('write stored procedures', 'stored procedure')).toBe(true);
    expect(namesItem('aws s3.', 's3')).toBe(true);
    expect(namesItem('fda 510(k) clearance', '510(k)')).toBe(true);
    expect(namesItem('r/machinelearning on reddit', 'r/machinelearning')).toBe(true);
  });
});

describe('the content covers every item of the skills matrix', () => {
  const text = allContent();
  it.each(seedItems)('names %s', (item) => {
    expect(namesItem(text, item)).toBe(true);
  });
  it('never repeats the matrix’s wrong journal name as if it were right', () => {
    const wrong = text.split('nature digital medicine').length - 1;
    const corrected = (text.match(/npj digital medicine/g) ?? []).length;
    expect(corrected).toBeGreaterThan(wrong);
  });
});
