import { z } from 'astro/zod';
import { LEVELS, httpsUrl, kebabId, resourceList, type RefFactory } from './shared';
import { ANSWER_SENTENCES, sentenceCount } from '../lib/text';

/** A dataset a project uses; only public or synthetic data is allowed. */
const datasetSchema = z.object({
  /** Dataset name, e.g. "MIMIC-IV Clinical Database Demo". */
  name: z.string().min(2),
  /** Where to get it. */
  url: httpsUrl,
  /** open: download freely; credentialed: needs an application, training or a data use agreement. */
  access: z.enum(['open', 'credentialed']),
});

/** One task on a month's checklist. Its id is what stored progress is keyed by: never reuse or rename it. */
export const taskSchema = (ref: RefFactory) =>
  z.object({
    /** Stable id, unique across the whole site, e.g. `m01-install-python`. */
    id: kebabId,
    /** What to do, as an instruction. */
    text: z.string().min(10),
    /** Estimated hours. */
    hours: z.number().positive().max(40),
    /** The skill this task builds, when there is one. */
    skill: ref('skills').optional(),
    /**
     * Set when the task is one option of a choice, e.g. `{ group: cloud, option: aws }`: a track
     * follows one option of each group, and the other options' tasks are its alternatives.
     */
    alternative: z.object({ group: kebabId, option: kebabId }).optional(),
  });

/** One checkpoint question and its model answer, shown collapsed so a learner answers first. */
export const checkpointItemSchema = z.object({
  /** A question a learner can answer and check, not a reflection ("How would you feel…"). */
  question: z.string().min(15, { message: 'must be a full question (at least 15 characters)' }),
  /**
   * What a good answer covers, in 1–4 sentences: the points a learner should have made, so they
   * can mark their own answer. Shown under "Model answer".
   */
  answer: z
    .string()
    .min(40, { message: 'must say what a good answer covers (at least 40 characters)' })
    .refine((a) => sentenceCount(a) >= ANSWER_SENTENCES.min && sentenceCount(a) <= ANSWER_SENTENCES.max, {
      message: `must be ${ANSWER_SENTENCES.min} to ${ANSWER_SENTENCES.max} sentences`,
    }),
});

/** Something to run or build whose result a learner compares with a known one. */
export const practicalCheckSchema = z.object({
  /** A concrete thing to run or build, as an instruction. */
  task: z.string().min(20, { message: 'must say what to run or build (at least 20 characters)' }),
  /**
   * The result to compare against: a count, a value range, a file that must exist or a test that
   * must pass. Never an invented number: for generated data, a property the learner can verify.
   */
  expected: z.string().min(10, { message: 'must give the result to compare against (at least 10 characters)' }),
  /**
   * True when the check runs on the pinned Synthea population (SYNTHEA_RUN in src/lib/synthea.ts);
   * the page then shows the version, seeds and command that generate it.
   */
  synthea: z.boolean().default(false),
});

/** A month of the roadmap. Body: an introduction to the month. */
export const monthSchema = (ref: RefFactory) =>
  z.object({
    /** Month number, 1–18; the file is named month-NN. */
    month: z.number().int().min(1).max(18),
    /** The phase this month belongs to; the month must fall in its range. */
    phase: ref('phases'),
    /** Display title. */
    title: z.string().min(5),
    /** One sentence shown on the roadmap (at most 160 characters). */
    summary: z.string().min(20).max(160),
    /** What a learner can do at the end of the month. */
    goals: z.array(z.string().min(10)).min(2),
    /** Skills this month builds. */
    skills: z.array(ref('skills')).min(1),
    /** The four weeks, in order. */
    weeks: z
      .array(
        z.object({
          /** The focus of the week, a short phrase. */
          focus: z.string().min(3),
          /** What the week involves, one or two sentences. */
          summary: z.string().min(10),
        }),
      )
      .length(4, { message: 'must list exactly 4 weeks' }),
    /**
     * Skill id → the level (1–4) it reaches by the end of this month, for every skill whose level
     * this month's task hours raise; checked against the skills' effort per step.
     */
    reaches: z
      .record(
        z.string(),
        z
          .number()
          .int()
          .min(LEVELS.min + 1)
          .max(LEVELS.max),
      )
      .default({}),
    /** The checklist; each task has a stable id. */
    tasks: z.array(taskSchema(ref)).min(5, { message: 'needs at least 5 tasks' }),
    /** A hands-on project on public or synthetic data. */
    project: z.object({
      /** Project title. */
      title: z.string().min(5),
      /** What to build and why it matters clinically. */
      description: z.string().min(20),
      /** What to hand in. */
      deliverables: z.array(z.string().min(5)).min(1),
      /** The data it uses. */
      datasets: z.array(datasetSchema).default([]),
    }),
    /** Questions to answer at the end of the month, each with a model answer. */
    checkpoint: z.array(checkpointItemSchema).min(2, { message: 'needs at least 2 questions' }),
    /** Checks with an expected result, matched to this month's tasks and project. */
    practicalChecks: z.array(practicalCheckSchema).min(1, { message: 'needs at least 1 practical check' }),
    /** Resources for the month. */
    resources: resourceList(1),
  });
