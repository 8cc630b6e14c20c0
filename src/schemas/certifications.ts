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

/** A fact about a certification and the source key that backs it. "Not published" needs no source. */
const fact = z
  .object({
    /** The fact as shown, or "Not published" when the issuer does not say. */
    text: z.string().min(2),
    /** Key into `sources`. */
    source: kebabId.optional(),
  })
  .refine((f) => f.source !== undefined || /^not published/i.test(f.text), {
    message: 'needs a source key (or the text "Not published")',
    path: ['source'],
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
      /** The exam fee in US dollars, for sorting; omit when not published. */
      costUsd: z.number().nonnegative().optional(),
      /** Whether it can still be earned. */
      status: z
        .object({
          /** active, retiring (a retirement date is announced) or retired. */
          state: z.enum(certStates),
          /** The date it retires or retired. Required unless active. */
          date: dateField.optional(),
          /** The certification that replaces it. */
          successor: ref('certifications').optional(),
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
    });
