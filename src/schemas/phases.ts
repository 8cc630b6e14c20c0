import { z } from 'astro/zod';

/** A roadmap phase: a run of consecutive months. Body: what the phase is about. */
export const phaseSchema = () =>
  z
    .object({
      /** Display title, e.g. "Foundation". */
      title: z.string().min(3),
      /** Order of the phase on the roadmap, 1 = first. */
      order: z.number().int().min(1),
      /** The months this phase lays out, inclusive. */
      months: z.object({
        /** First month of the phase. */
        first: z.number().int().min(1),
        /** Last month of the phase. */
        last: z.number().int().min(1),
      }),
      /** The range as the seed names it, e.g. "Months 12+" for a phase with no fixed end. */
      label: z.string().min(3),
      /** One sentence shown on the roadmap (at most 160 characters). */
      summary: z.string().min(20).max(160),
      /** What a learner can do once the phase is complete. */
      outcome: z.string().min(20),
      /** The seed's own list of topics for the phase, kept verbatim for traceability. */
      seedTopics: z.array(z.string().min(2)).min(1),
    })
    .refine((p) => p.months.last >= p.months.first, {
      message: 'months.last must not be before months.first',
      path: ['months', 'last'],
    });
