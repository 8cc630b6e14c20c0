import { describe, expect, it } from 'vitest';
import { highlightTerms } from '../../src/lib/highlight';
import { pagefindPath, resultsAnnouncement, sanitizeExcerpt, toHit, withHighlight } from '../../src/lib/search';

describe('search helpers', () => {
  it('finds the Pagefind bundle under any base path', () => {
    expect(pagefindPath('/')).toBe('/pagefind/pagefind.js');
    expect(pagefindPath('/sub/')).toBe('/sub/pagefind/pagefind.js');
    expect(pagefindPath('/sub')).toBe('/sub/pagefind/pagefind.js');
  });

  it('keeps only <mark> in excerpts', () => {
    expect(sanitizeExcerpt('A <mark>FHIR</mark> <img src=x onerror=alert(1)>server')).toBe('A <mark>FHIR</mark> server');
  });

  it('shapes a result with its type, title and in-page sections', () => {
    const hit = toHit({
      url: '/skills/domain/hl7-fhir/',
      excerpt: '<mark>FHIR</mark> is the modern standard',
      meta: { title: 'HL7 FHIR', type: 'Skill' },
      sub_results: [
        { title: 'HL7 FHIR', url: '/skills/domain/hl7-fhir/', excerpt: '' },
        { title: 'Levels', url: '/skills/domain/hl7-fhir/#levels', excerpt: '' },
        { title: 'Resources', url: '/skills/domain/hl7-fhir/#resources', excerpt: '' },
        { title: 'Other', url: '/skills/domain/hl7-fhir/#other', excerpt: '' },
      ],
    });
    expect(hit).toEqual({
      url: '/skills/domain/hl7-fhir/',
      title: 'HL7 FHIR',
      type: 'Skill',
      excerpt: '<mark>FHIR</mark> is the modern standard',
      sections: [
        { title: 'Levels', url: '/skills/domain/hl7-fhir/#levels' },
        { title: 'Resources', url: '/skills/domain/hl7-fhir/#resources' },
      ],
    });
  });

  it('adds the highlight parameter before any #anchor', () => {
    expect(withHighlight('/glossary/phi/', 'protected health')).toBe('/glossary/phi/?highlight=protected%20health');
    expect(withHighlight('/skills/x/#levels', 'fhir')).toBe('/skills/x/?highlight=fhir#levels');
  });

  it('announces counts for screen readers', () => {
    expect(resultsAnnouncement(0, 'zz')).toBe('No results for “zz”.');
    expect(resultsAnnouncement(1, 'phi')).toBe('1 result for “phi”.');
    expect(resultsAnnouncement(8, 'fhir', undefined, 23)).toBe('The top 8 of 23 results for “fhir”.');
    expect(resultsAnnouncement(4, 'hipaa', 'Certifications')).toBe('4 results for “hipaa” in Certifications.');
    expect(resultsAnnouncement(3, '  ')).toBe('');
  });

  it('highlights words of two or more letters once each', () => {
    expect(highlightTerms('HL7 FHIR, fhir a 510(k)')).toEqual(['hl7', 'fhir', '510']);
  });
});
