import { z } from 'astro/zod';
import { LEVELS, kebabId, type RefFactory } from './shared';

/** Skill id → level (0 none … 4 expert); every skill must be listed. */
const levelSet = z.record(z.string(), z.number().int().min(LEVELS.min).max(LEVELS.max));

/** A role a person can aim for: its page, its track through the roadmap and its plan. */
export const roleSchema = (ref: RefFactory) =>
  z.object({
    /** Display title, e.g. "Clinical data scientist". */
    title: z.string().min(3),
    /** One sentence on what the role does (at most 160 characters). */
    summary: z.string().min(20).max(160),
    /** Position on the roles page, 1 = first. */
    order: z.number().int().min(1),
    /** What a person in the role does day to day, one duty per item. */
    duties: z.array(z.string().min(10)).min(3),
    /** Job titles the role is advertised under. */
    jobTitles: z.array(z.string().min(3)).min(2),
    /** Typical backgrounds people come from. */
    backgrounds: z.array(z.string().min(3)).min(1),
    /** The level needed in every skill, as two sets: to be hired (entry) and after a few years (experienced). */
    levels: z.object({
      /** Needed to be hired into the role; the role's track through the roadmap follows these. */
      entry: levelSet,
      /** Expected after a few years in the role; never below the entry level. */
      experienced: levelSet,
    }),
    /** Alternative group → the option the role suggests (e.g. `cloud: aws`); one for every group the roadmap offers. */
    choices: z.record(kebabId, kebabId).default({}),
    /** Certifications that fit the role. */
    certifications: z.array(ref('certifications')).default([]),
  });
