import { z } from 'astro/zod';
import { aliases, dateField, httpsUrl, kebabId, type RefFactory } from './shared';

/** Certification tracks, used for grouping and filtering. */
export const certTracks = ['cloud-ml', 'health-it', 'health-information', 'clinical-informatics', 'data-analytics'] as const;
export type CertTrack = (typeof certTracks)[number];

/** Backgrounds a certification suits; the chooser guide matches on these. */
export const certAudiences = ['clinician', 'health-information', 'engineer', 'data-scientist', 'student'] as const;
export type CertAudience = (typeof certAudiences)[number];

/** Whether a certification can still be earned. */
export const certStates = ['active', 'retiring', 'retired'] as const;
export type CertState = (typeof certStates)[number];

/**
 * What is known about a fact:
 * - `published`: the issuer publishes it and `source` backs it;
 * - `not-published`: the issuer publishes nothing on it (the text says "Not published");
 * - `unconfirmed`: the issuer publishes it but we could not confirm the current value; the page
 *   tells the reader to check with the issuer (`checkUrl`, else the issuer's page).
 */
export const factStates = ['published', 'not-published', 'unconfirmed'] as const;
export type FactState = (typeof factStates)[number];

/** A fact about a certification, how sure we are of it, and the source key that backs it. */
const fact = z
  .object({
    /** The fact as shown. "Not published" only when the issuer truly publishes nothing. */
    text: z.string().min(2),
    /** published (default), not-published or unconfirmed. */
    state: z.enum(factStates).default('published'),
    /** Key into `sources`. Required for a published fact. */
    source: kebabId.optional(),
    /** For an unconfirmed fact: the issuer's page where the reader can check it. */
    checkUrl: httpsUrl.optional(),
  })
  .superRefine((f, ctx) => {
    const saysNotPublished = /^not published/i.test(f.text);
    if (f.state === 'published' && f.source === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'needs a source key (or state: not-published, or state: unconfirmed)',
      });
    if (f.state === 'published' && saysNotPublished)
      ctx.addIssue({ code: 'custom', path: ['state'], message: 'says "Not published", so state must be not-published' });
    if (f.state === 'not-published' && !saysNotPublished)
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'a not-published fact must say "Not published"' });
    if (f.state === 'unconfirmed' && saysNotPublished)
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: 'an unconfirmed fact is published by the issuer: say what is known and where to check, not "Not published"',
      });
  });

/** A professional certification. Body: what the exam covers, how to prepare, who it is for. */
export const certificationSchema = (ref: RefFactory) =>
  z
    .object({
      /** Full official title. */
      title: z.string().min(3),
      /** A short name for tables and chips. */
      shortName: z.string().min(2).max(40),
      /** Exam code, e.g. MLS-C01. */
      code: z.string().min(2).optional(),
      /** Who awards it. */
      issuer: z.string().min(2),
      /** Grouping used for filters. */
      track: z.enum(certTracks),
      /** Backgrounds it suits. */
      audiences: z.array(z.enum(certAudiences)).min(1),
      /** Who it is for, in a sentence or two. */
      audience: z.string().min(10),
      /**
       * Only physicians can earn it (for example a board subspecialty that requires primary board
       * certification). The nurse and non-physician views of the comparison filter and the guide
       * leave it out, and its card and page show a "Physicians only" badge.
       */
      physiciansOnly: z.boolean().default(false),
      /** One sentence shown in tables and search (at most 160 characters). */
      summary: z.string().min(20).max(160),
      /** Search synonyms: exam codes, abbreviations, misspellings. */
      aliases,
      /** The sources behind the facts, keyed so each fact can cite one. */
      sources: z.record(
        kebabId,
        z.object({
          /** Title of the page or document. */
          title: z.string().min(3),
          /** Where it is. */
          url: httpsUrl,
          /** true when the issuer itself publishes it. */
          official: z.boolean().default(false),
        }),
      ),
      /** The comparable facts, each with its source. */
      facts: z.object({
        /** Eligibility or recommended experience. */
        prerequisites: fact,
        /** Questions, duration, pass mark, delivery. */
        examFormat: fact,
        /** Exam fee. */
        cost: fact,
        /** How long the credential lasts. */
        validity: fact,
        /** How to keep it. */
        renewal: fact,
      }),
      /** The exam fee in US dollars, for sorting; only when the cost fact is published. */
      costUsd: z.number().nonnegative().optional(),
      /** Whether it can still be earned. */
      status: z
        .object({
          /** active, retiring (a retirement date is announced) or retired. */
          state: z.enum(certStates),
          /** The date it retires or retired. Required unless active. */
          date: dateField.optional(),
          /** The official successor: only when the issuer itself names it. */
          successor: ref('certifications').optional(),
          /**
           * Our suggestion, not the issuer's: the nearest current exams for someone who planned on
           * this one. Use it when the issuer names no successor or the reports conflict.
           */
          nearest: z.array(ref('certifications')).default([]),
          /** A short note, e.g. conflicting reports about the successor. */
          note: z.string().min(5).optional(),
          /** Key into `sources` backing the status. */
          source: kebabId.optional(),
        })
        .refine((s) => s.state === 'active' || s.date !== undefined, {
          message: 'a retiring or retired certification needs a date',
          path: ['date'],
        }),
      /** Dated status events, oldest first. */
      history: z.array(z.object({ date: dateField, event: z.string().min(5) })).default([]),
      /** The issuer's page for it. */
      officialUrl: httpsUrl,
      /** When these facts were last checked against the sources. */
      lastVerified: dateField,
      /** Skills the exam covers. */
      skills: z.array(ref('skills')).min(1),
      /** The roadmap month where preparing for it fits best. */
      month: z.number().int().min(1).max(18),
    })
    .superRefine((c, ctx) => {
      const keys = new Set(Object.keys(c.sources));
      const cite = (key: string | undefined, path: (string | number)[]) => {
        if (key !== undefined && !keys.has(key))
          ctx.addIssue({ code: 'custom', path, message: `cites source "${key}", which is not in sources` });
      };
      for (const [name, f] of Object.entries(c.facts)) cite(f.source, ['facts', name, 'source']);
      cite(c.status.source, ['status', 'source']);
      if (c.costUsd !== undefined && c.facts.cost.state !== 'published')
        ctx.addIssue({ code: 'custom', path: ['costUsd'], message: 'give costUsd only when the cost fact is published' });
    });
