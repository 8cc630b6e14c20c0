import { z } from 'astro/zod';
import { dateField, httpsUrl } from './shared';

/** What kind of statement a dated fact is; events drop off the site after their end date. */
export const factKinds = ['status', 'fee', 'version', 'name', 'rule', 'event'] as const;
export type FactKind = (typeof factKinds)[number];

/**
 * A statement that will change (a status, a fee, a version, a product name, a rule, an event),
 * kept as data with the date it was true. Prose uses it with `<Fact id="…" />`, which prints the
 * statement with its "as of" date and source; the build lists every fact older than 180 days.
 */
export const dateFactSchema = () =>
  z
    .object({
      /** The statement as a reader sees it, one or two sentences. */
      text: z.string().min(10),
      /** status, fee, version, name, rule or event. */
      kind: z.enum(factKinds),
      /** The day the statement was last checked against the source. */
      asOf: dateField,
      /** For an event: its first day. */
      start: dateField.optional(),
      /** For an event: its last day. The event is not shown after this day. */
      until: dateField.optional(),
      /** Where the statement can be checked. */
      source: z.object({
        /** Title of the page or document. */
        title: z.string().min(3),
        /** Where it is. */
        url: httpsUrl,
        /** true when the issuer, regulator or organizer itself publishes it. */
        official: z.boolean(),
      }),
    })
    .refine((f) => f.kind !== 'event' || (f.start !== undefined && f.until !== undefined), {
      message: 'an event needs a start and an until (end) date',
      path: ['until'],
    })
    .refine((f) => f.start === undefined || f.until === undefined || f.start.getTime() <= f.until.getTime(), {
      message: 'until must not be before start',
      path: ['until'],
    });
