import { z } from 'astro/zod';
import { categoryIds } from './shared';

/** A skill category: one of the four columns of the matrix. Body: an introduction. */
export const categorySchema = () =>
  z.object({
    /** Display title, e.g. "Technical Competencies". */
    title: z.string().min(3),
    /** One sentence shown on cards and in search results (at most 160 characters). */
    summary: z.string().min(20).max(160),
    /** Position in the matrix, 1 = first column. */
    order: z.number().int().min(1).max(categoryIds.length),
    /** A short label for tight spaces such as the nav and badges. */
    shortTitle: z.string().min(3).max(24),
  });
