import { expect, test } from '@playwright/test';
import { pagefindOptions } from '../../src/lib/search';

/** Each query and the page that must be among its top 3 results. */
const cases: [string, string][] = [
  ['fhir', 'skills/domain/hl7-fhir/'],
  ['fast healthcare interoperability resources', 'glossary/fhir/'],
  ['fihr', 'skills/domain/hl7-fhir/'],
  ['PHI', 'glossary/phi/'],
  ['protected health information', 'glossary/phi/'],
  ['510(k)', 'glossary/510k/'],
  ['510k', 'glossary/510k/'],
  ['premarket notification', 'glossary/510k/'],
  ['hipaa', 'skills/domain/hipaa/'],
  ['hippa', 'skills/domain/hipaa/'],
  ['dicom', 'skills/domain/dicom/'],
  ['snomed', 'glossary/snomed-ct/'],
  ['loinc', 'glossary/loinc/'],
  ['rxnorm', 'glossary/rxnorm/'],
  ['icd-10', 'glossary/icd-10/'],
  ['ccda', 'skills/domain/cda-ccda/'],
  ['pytorch', 'skills/technical/pytorch/'],
  ['tensorflow', 'skills/technical/tensorflow/'],
  ['scikit-learn', 'skills/technical/scikit-learn/'],
  ['pandas', 'skills/technical/python-ecosystem/'],
  ['mongodb', 'skills/technical/nosql/'],
  ['influxdb', 'skills/technical/time-series-data/'],
  ['sagemaker', 'skills/technical/aws-for-healthcare/'],
  ['vertex ai', 'skills/technical/google-cloud-for-healthcare/'],
  ['docker', 'skills/technical/mlops/'],
  ['software as a medical device', 'glossary/samd/'],
  ['samd', 'glossary/samd/'],
  ['gdpr', 'skills/domain/gdpr-data-rights/'],
  ['right to explanation', 'glossary/right-to-explanation/'],
  ['cahims', 'certifications/cahims/'],
  ['rhia', 'certifications/rhia/'],
  ['MLS-C01', 'certifications/aws-ml-specialty/'],
  ['aws machine learning specialty', 'certifications/aws-ml-specialty/'],
  ['clinical informatics board certification', 'certifications/clinical-informatics-board/'],
  ['five whys', 'glossary/five-whys/'],
  ['fishbone', 'glossary/fishbone-diagram/'],
  ['scrum', 'glossary/scrum/'],
  ['synthea', 'glossary/synthea/'],
  ['mimic', 'glossary/mimic/'],
  ['npj digital medicine', 'skills/continuous-learning/self-directed-learning/'],
  ['shadowing', 'skills/continuous-learning/practical-healthcare-experience/'],
  ['data storytelling', 'skills/soft-skills/communication/'],
  ['good machine learning practice', 'skills/domain/gmlp-fairness/'],
  ['pharmacology', 'skills/domain/medical-terminology/'],
  ['readmission', 'roadmap/month-7/'],
];

test('search quality: every query finds its page in the top 3', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  const base = new URL(baseURL!).pathname;
  const tops = await page.evaluate(
    async ({ queries, options, base }) => {
      /** The part of Pagefind's browser API this test uses. */
      interface Pagefind {
        options(o: unknown): Promise<void>;
        init(): Promise<void>;
        search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
      }
      const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await pf.options(options);
      await pf.init();
      const out: Record<string, string[]> = {};
      for (const q of queries) {
        const r = await pf.search(q);
        const data = await Promise.all(r.results.slice(0, 3).map((x) => x.data()));
        out[q] = data.map((d) => d.url.slice(base.length));
      }
      return out;
    },
    { queries: cases.map(([q]) => q), options: pagefindOptions, base },
  );
  const misses = cases.filter(([q, want]) => !tops[q]!.includes(want)).map(([q, want]) => `${q} → want ${want}, got ${tops[q]!.join(' | ')}`);
  expect(misses).toEqual([]);
  expect(cases.length).toBeGreaterThanOrEqual(30);
});
