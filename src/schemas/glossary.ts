import { z } from 'astro/zod';
import { aliases, httpsUrl, type RefFactory } from './shared';

/** A glossary term: a standard, terminology, regulation, role or acronym used on the site. */
export const glossarySchema = (ref: RefFactory) =>
  z.object({
    /** The term as people write it, e.g. "PHI". */
    term: z.string().min(2),
    /** The full form of an acronym, e.g. "Protected health information". */
    expansion: z.string().min(2).optional(),
    /** A plain definition for a career changer. */
    definition: z.string().min(20),
    /** Search synonyms: expansions, other spellings, misspellings. */
    aliases,
    /** Skills that use this term. */
    skills: z.array(ref('skills')).default([]),
    /** The official source for the term, when there is one. */
    url: httpsUrl.optional(),
  });
