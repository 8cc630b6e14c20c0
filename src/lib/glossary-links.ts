/**
 * Finds the first use of each glossary term in a page's prose, so the page can link it to the
 * term's definition. Pure text logic; the build plugin in `src/integrations/glossary-links.ts`
 * walks the rendered Markdown and asks this module where the links go.
 */

/** What a glossary entry contributes to matching. */
export interface LinkableTerm {
  id: string;
  term: string;
  expansion?: string | undefined;
}

/** A run of prose: plain text, or a use of a glossary term. */
export type Segment = string | { id: string; text: string };

interface Form {
  id: string;
  pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Acronyms and names with inner capitals ("FHIR", "ePHI", "SaMD", "US Core") must match as
 * written, so "phi" in a word or "Core" alone never links; ordinary words ("Triage",
 * "Data leakage") match in any case. A plural "s" is allowed ("EHRs", "containers").
 */
function formOf(id: string, text: string, anyCase: boolean): Form {
  const capitals = (text.match(/\p{Lu}/gu) ?? []).length;
  const caseless = anyCase || capitals <= 1;
  const body = text.trim().split(/\s+/).map(escape).join('\\s+');
  return { id, pattern: new RegExp(`(?<![\\p{L}\\p{N}_])${body}s?(?![\\p{L}\\p{N}_])`, caseless ? 'giu' : 'gu') };
}

/** Builds the matcher once per build; `link` is then called for each text run of a page. */
export function glossaryMatcher(terms: readonly LinkableTerm[]) {
  const forms: Form[] = [];
  for (const { id, term, expansion } of terms) {
    forms.push(formOf(id, term, false));
    // Expansions are phrases ("Protected health information"), written in any case in prose.
    if (expansion && !expansion.includes('(')) forms.push(formOf(id, expansion, true));
  }

  /**
   * The earliest use of any term at or after `from`; the longest wins a tie. Terms already linked
   * still take part, so a second "SMART on FHIR" is skipped whole rather than linking its "FHIR".
   */
  function next(text: string, from: number) {
    let best: { id: string; start: number; end: number } | undefined;
    for (const form of forms) {
      form.pattern.lastIndex = from;
      const found = form.pattern.exec(text);
      if (!found) continue;
      const start = found.index;
      const end = start + found[0].length;
      if (!best || start < best.start || (start === best.start && end > best.end)) best = { id: form.id, start, end };
    }
    return best;
  }

  /**
   * Splits `text` into plain runs and first uses. `linked` holds the terms already linked on
   * this page and gains the ones linked here, so each term links once per page.
   */
  function link(text: string, linked: Set<string>): Segment[] {
    const segments: Segment[] = [];
    let at = 0;
    let plain = 0;
    for (let use = next(text, 0); use; use = next(text, at)) {
      at = use.end;
      if (linked.has(use.id)) continue;
      if (use.start > plain) segments.push(text.slice(plain, use.start));
      segments.push({ id: use.id, text: text.slice(use.start, use.end) });
      linked.add(use.id);
      plain = use.end;
    }
    if (plain < text.length) segments.push(text.slice(plain));
    return segments;
  }

  return { link };
}
