import { z } from 'astro/zod';
import { LEVELS, type RefFactory } from './shared';

/** A target role for the personal learning plan. */
export const roleSchema = (ref: RefFactory) =>
  z.object({
    /** Display title, e.g. "Clinical data scientist". */
    title: z.string().min(3),
    /** One sentence on what the role does (at most 160 characters). */
    summary: z.string().min(20).max(160),
    /** Typical backgrounds people come from. */
    backgrounds: z.array(z.string().min(3)).min(1),
    /** Required level (0 none … 4 expert) for each skill id; every skill must be listed. */
    levels: z.record(z.string(), z.number().int().min(LEVELS.min).max(LEVELS.max)),
    /** Certifications that fit the role. */
    certifications: z.array(ref('certifications')).default([]),
  });
