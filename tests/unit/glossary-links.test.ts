import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryMatcher, type Segment } from '../../src/lib/glossary-links';
import { readGlossaryTerms } from '../../src/integrations/glossary-links';

const terms = [
  { id: 'phi', term: 'PHI', expansion: 'Protected health information' },
  { id: 'ephi', term: 'ePHI', expansion: 'Electronic protected health information' },
  { id: 'fhir', term: 'FHIR', expansion: 'Fast Healthcare Interoperability Resources' },
  { id: 'smart-on-fhir', term: 'SMART on FHIR' },
  { id: 'hl7', term: 'HL7', expansion: 'Health Level Seven' },
  { id: 'hl7-v2', term: 'HL7 v2' },
  { id: 'triage', term: 'Triage' },
  { id: 'ehr', term: 'EHR', expansion: 'Electronic health record' },
  { id: '510k', term: '510(k)', expansion: 'Premarket notification (section 510(k) of the FD&C Act)' },
];
const links = (segments: Segment[]) => segments.flatMap((s) => (typeof s === 'string' ? [] : [`${s.id}:${s.text}`]));

describe('glossary first-use links', () => {
  const { link } = glossaryMatcher(terms);

  it('links the first use of each term on a page and no later one', () => {
    const linked = new Set<string>();
    expect(links(link('Keep PHI out of notebooks. PHI includes names.', linked))).toEqual(['phi:PHI']);
    expect(links(link('Never paste PHI into a chat tool.', linked))).toEqual([]);
  });

  it('keeps every character of the text, in order', () => {
    const text = 'FHIR replaced much HL7 v2 messaging, though ADT feeds still use HL7 v2.';
    const segments = link(text, new Set());
    expect(segments.map((s) => (typeof s === 'string' ? s : s.text)).join('')).toBe(text);
    expect(links(segments)).toEqual(['fhir:FHIR', 'hl7-v2:HL7 v2']);
  });

  it('prefers the longer term that starts first, then still links the shorter one later', () => {
    expect(links(link('Apps use SMART on FHIR. Plain FHIR is the data model.', new Set()))).toEqual([
      'smart-on-fhir:SMART on FHIR',
      'fhir:FHIR',
    ]);
    const linked = new Set(['smart-on-fhir']);
    expect(links(link('Again, SMART on FHIR launches the app.', linked))).toEqual([]);
  });

  it('matches acronyms as written and whole words only', () => {
    expect(links(link('Sophie wrote ephi in lower case and graphics.', new Set()))).toEqual([]);
    expect(links(link('Encrypt ePHI at rest.', new Set()))).toEqual(['ephi:ePHI']);
  });

  it('matches expansions and ordinary words in any case, and plurals', () => {
    expect(links(link('Protected Health Information is regulated.', new Set()))).toEqual(['phi:Protected Health Information']);
    expect(links(link('Nurses triage patients; EHRs record it.', new Set()))).toEqual(['triage:triage', 'ehr:EHRs']);
    expect(links(link('an electronic   health record', new Set()))).toEqual(['ehr:electronic   health record']);
  });

  it('handles terms with punctuation such as 510(k)', () => {
    expect(links(link('Most devices clear through the 510(k) pathway.', new Set()))).toEqual(['510k:510(k)']);
  });

  it('names the file, line and column of a glossary file with a YAML syntax error', () => {
    const root = mkdtempSync(join(tmpdir(), 'glossary-'));
    try {
      mkdirSync(join(root, 'glossary'));
      writeFileSync(join(root, 'glossary', 'phi.yaml'), 'term: "PHI"\n');
      writeFileSync(join(root, 'glossary', 'broken.yaml'), 'term: "EHR"\ndefinition: "An electronic record\nskills: [hipaa\n');
      expect(() => readGlossaryTerms(root)).toThrow(
        new RegExp(
          `^${join(root, 'glossary', 'broken.yaml').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+: this YAML file cannot be read \\(.+\\)$`,
        ),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads every glossary entry of the real content', () => {
    const real = readGlossaryTerms('content');
    expect(real.length).toBeGreaterThanOrEqual(60);
    expect(real.find((t) => t.id === 'phi')).toEqual({ id: 'phi', term: 'PHI', expansion: 'Protected health information' });
  });
});
