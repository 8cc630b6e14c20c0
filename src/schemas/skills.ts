import { z } from 'astro/zod';
import { aliases, resourceList, type RefFactory } from './shared';

/** Hours for one level step. */
const effortStep = z.number().int().min(1).max(1000);

const criteria = z
  .array(z.string().regex(/^You can\b/, { message: 'each level criterion starts with "You can"' }))
  .min(1)
  .max(5);

/** A skill in the matrix. Body: why it matters in healthcare, what to learn first, practice, pitfalls. */
export const skillSchema = (ref: RefFactory) =>
  z.object({
    /** Display title, e.g. "Python ecosystem". */
    title: z.string().min(2),
    /** One sentence shown on cards and in search results (at most 160 characters). */
    summary: z.string().min(20).max(160, { message: 'must be at most 160 characters' }),
    /** The category (column of the matrix); must match the folder the file is in. */
    category: ref('categories'),
    /** Position within the category, 1 = first. */
    order: z.number().int().min(1),
    /** Search synonyms: acronyms, expansions and common misspellings. */
    aliases,
    /** The concrete things to learn, e.g. NumPy, Pandas, Matplotlib. */
    topics: z.array(z.string().min(2)).min(3),
    /** Observable "You can…" criteria for each level of the rating scale. */
    levels: z.object({
      /** Level 1: knows what it is and when it applies. */
      aware: criteria,
      /** Level 2: can do routine work with help nearby. */
      working: criteria,
      /** Level 3: works independently on real projects. */
      proficient: criteria,
      /** Level 4: leads, teaches and makes the hard calls. */
      expert: criteria,
    }),
    /**
     * Hours of focused work for each level step, [0→1, 1→2, 2→3, 3→4], reading included. The
     * roadmap's task hours for the skill, walked in order, reach the levels these steps give
     * (src/lib/time-model.ts); every hour count on the site is computed from them.
     */
    effort: z.tuple([effortStep, effortStep, effortStep, effortStep]),
    /** Skills that should come first; the graph must have no cycles. */
    prerequisites: z.array(ref('skills')).default([]),
    /** Glossary terms this skill uses. */
    glossary: z.array(ref('glossary')).default([]),
    /** Where to learn it: official documentation or standard first. */
    resources: resourceList(3),
  });
