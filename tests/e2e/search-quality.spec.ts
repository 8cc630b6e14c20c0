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
  // The 2026 topics (issue 15): each by its name, its acronym, a common misspelling and a learner's question.
  ['large language models', 'skills/technical/llms-generative-ai/'],
  ['LLM', 'glossary/llm/'],
  ['large langauge model', 'glossary/llm/'],
  ['can I put patient data into chatgpt', 'skills/technical/llms-generative-ai/'],
  ['retrieval augmented generation', 'glossary/rag/'],
  ['RAG', 'glossary/rag/'],
  ['retreival augmented generation', 'glossary/rag/'],
  ['hallucination', 'glossary/hallucination/'],
  ['halucination', 'glossary/hallucination/'],
  ['prompt injection', 'glossary/prompt-injection/'],
  ['promt injection', 'glossary/prompt-injection/'],
  ['ai governance', 'skills/domain/ai-governance/'],
  ['ai goverance', 'skills/domain/ai-governance/'],
  ['NIST AI RMF', 'glossary/nist-ai-rmf/'],
  ['ai risk management framework', 'glossary/nist-ai-rmf/'],
  ['CHAI', 'glossary/chai/'],
  ['coalition for health ai', 'glossary/chai/'],
  ['how should a hospital monitor ai models', 'skills/domain/ai-governance/'],
  ['interoperability policy', 'skills/domain/interoperability-policy/'],
  ['interoperabilty', 'skills/domain/interoperability-policy/'],
  ['TEFCA', 'glossary/tefca/'],
  ['trusted exchange framework and common agreement', 'glossary/tefca/'],
  ['tefka', 'glossary/tefca/'],
  ['information blocking', 'glossary/information-blocking/'],
  ['information bloking', 'glossary/information-blocking/'],
  ['CMS-0057-F', 'skills/domain/interoperability-policy/'],
  ['prior authorization api', 'skills/domain/interoperability-policy/'],
  ['bulk fhir', 'glossary/bulk-fhir/'],
  ['bulk fihr', 'glossary/bulk-fhir/'],
  ['how do I export data for all patients', 'roadmap/month-15/'],
  ['smart backend services', 'skills/domain/interoperability-policy/'],
  ['omop common data model', 'glossary/omop/'],
  ['OMOP', 'glossary/omop/'],
  ['omap', 'glossary/omop/'],
  ['OHDSI', 'glossary/ohdsi/'],
  ['odhsi', 'glossary/ohdsi/'],
  ['how do I convert synthea data to omop', 'skills/technical/omop-real-world-data/'],
  ['claims data', 'skills/domain/claims-revenue-cycle-data/'],
  ['clains data', 'skills/domain/claims-revenue-cycle-data/'],
  ['X12', 'glossary/x12/'],
  ['835 remittance advice', 'glossary/x12/'],
  ['DRG', 'glossary/drg/'],
  ['diagnosis related group', 'glossary/drg/'],
  ['HCC', 'glossary/hcc/'],
  ['hierarchical condition category', 'glossary/hcc/'],
  ['eCQM', 'glossary/ecqm/'],
  ['electronic clinical quality measure', 'glossary/ecqm/'],
  ['HEDIS', 'glossary/hedis/'],
  ['heddis', 'glossary/hedis/'],
  ['how are hospitals paid for inpatient stays', 'skills/domain/claims-revenue-cycle-data/'],
  ['causal inference', 'skills/technical/causal-inference/'],
  ['casual inference', 'skills/technical/causal-inference/'],
  ['directed acyclic graph', 'skills/technical/causal-inference/'],
  ['propensity score', 'glossary/propensity-score/'],
  ['PSM', 'glossary/propensity-score/'],
  ['propensity socre', 'glossary/propensity-score/'],
  ['target trial emulation', 'glossary/target-trial-emulation/'],
  ['target trail emulation', 'glossary/target-trial-emulation/'],
  ['how do I know if a treatment works from EHR data', 'skills/technical/causal-inference/'],
  ['privacy preserving machine learning', 'skills/technical/privacy-preserving-ml/'],
  ['PPML', 'skills/technical/privacy-preserving-ml/'],
  ['differential privacy', 'glossary/differential-privacy/'],
  ['diferential privacy', 'glossary/differential-privacy/'],
  ['federated learning', 'glossary/federated-learning/'],
  ['federeated learning', 'glossary/federated-learning/'],
  ['how do I de-identify patient data', 'skills/technical/privacy-preserving-ml/'],
  ['math for machine learning', 'skills/technical/math-for-ml/'],
  ['linear algebra', 'skills/technical/math-for-ml/'],
  ['linear algerba', 'skills/technical/math-for-ml/'],
  ['what math do I need for deep learning', 'skills/technical/math-for-ml/'],
  ['regulated software', 'skills/domain/regulated-software/'],
  ['IEC 62304', 'glossary/iec-62304/'],
  ['iec 62034', 'glossary/iec-62304/'],
  ['ISO 14971', 'glossary/iso-14971/'],
  ['iso 14791', 'glossary/iso-14971/'],
  ['QMSR', 'glossary/qmsr/'],
  ['quality management system regulation', 'glossary/qmsr/'],
  ['section 524b', 'skills/domain/regulated-software/'],
  ['how do I build software that is a medical device', 'skills/domain/regulated-software/'],
  ['RN-BC', 'certifications/ancc-informatics-nursing/'],
  ['nursing informatics certification', 'certifications/ancc-informatics-nursing/'],
  ['nurse informaticist', 'roles/nurse-informaticist/'],
  ['interface engineer', 'roles/health-data-interoperability-engineer/'],
  ['hl7 interface analyst job', 'roles/health-data-interoperability-engineer/'],
  ['clinical nlp engineer', 'roles/clinical-nlp-llm-engineer/'],
  ['ai governance analyst', 'roles/ai-governance-analyst/'],
  ['responsible ai specialist', 'roles/ai-governance-analyst/'],
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
  const misses = cases
    .filter(([q, want]) => !tops[q]!.includes(want))
    .map(([q, want]) => `${q} → want ${want}, got ${tops[q]!.join(' | ')}`);
  expect(misses).toEqual([]);
  expect(cases.length).toBeGreaterThanOrEqual(30);
});
