import { describe, expect, it } from 'vitest';
import { doubledWords, equalRanges, gluedNumbers } from '../../src/lib/template-slips';

describe('template slips', () => {
  it('finds numbers glued to words and sentences glued to numbers', () => {
    expect(gluedNumbers('All 36skills in one place. Take a guess.4 of these are free, between28 May.')).toEqual([
      '36skills',
      'guess.4',
      'between28',
    ]);
    expect(gluedNumbers('FHIR R4 4.0.1, the 2nd edition, 510k, MLS-C01, HL7 v2.9 and 3 skills.')).toEqual([]);
  });
  it('finds ranges whose two ends are the same', () => {
    expect(equalRanges('Levels 3–3 and 2-4; between 28 November 2026 and 28 November 2026; from May to May.')).toEqual([
      '3–3',
      'between 28 November 2026 and 28 November 2026',
      'from May to May',
    ]);
    expect(equalRanges('Months 13–18, between 1 and 3 hours, from 6 December 2026 to 12 December 2026.')).toEqual([]);
  });
  it('finds doubled words but not repeated numbers', () => {
    expect(doubledWords('Read the the guide. It is 10 10 wide.')).toEqual(['the the']);
    expect(doubledWords('Read the guide, then the next one; keep PHI in in-scope services.')).toEqual([]);
  });
});
