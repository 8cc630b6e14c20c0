import { z } from 'astro/zod';
import { KEBAB_ID } from '../lib/rules';

export { categoryIds, levelNames, LEVELS, type CategoryId, type LevelName } from '../lib/rules';

/** What kind of thing a resource is; drives icons, filters and the resources hub sections. */
export const resourceKinds = [
  'course',
  'docs',
  'book',
  'article',
  'video',
  'dataset',
  'tool',
  'community',
  'conference',
  'journal',
  'podcast',
  'certification-prep',
] as const;
export type ResourceKind = (typeof resourceKinds)[number];

/** What a resource costs a learner. */
export const costs = ['free', 'freemium', 'paid'] as const;
export type Cost = (typeof costs)[number];

/** Hosts that mark a link as unfinished; they never belong on the site. */
const placeholderHosts = /(^|\.)(example\.(com|org|net)|localhost|test|invalid)$/i;
/** Query parameters that track or pay the linker; links must be clean. */
const trackingParams = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|affiliate|aff_id|tag)$/i;

/** Parses a URL, or returns undefined so later checks can skip a value that is not one. */
function parseUrl(u: string): URL | undefined {
  try {
    return new URL(u);
  } catch {
    return undefined;
  }
}

/**
 * An external link: https only, a real host, no tracking or affiliate parameters.
 * Each failure has its own message so authors know what to change.
 */
export const httpsUrl = z
  .url({ message: 'must be a full URL such as https://hl7.org/fhir/' })
  .refine((u) => u.startsWith('https://'), { message: 'must use https:// (plain http is not allowed)' })
  .refine((u) => !placeholderHosts.test(parseUrl(u)?.hostname ?? ''), {
    message: 'points at a placeholder host; link the real source',
  })
  .refine((u) => ![...(parseUrl(u)?.searchParams.keys() ?? [])].some((k) => trackingParams.test(k)), {
    message: 'has a tracking or affiliate parameter (utm_*, ref, tag…); remove it',
  });

/** A calendar date in YAML (`2026-11-28`), coerced to a Date. */
export const dateField = z.coerce.date({ message: 'must be a date written as YYYY-MM-DD' });

/** A kebab-case identifier (task ids, source keys). */
export const kebabId = z.string().regex(KEBAB_ID, { message: 'must be kebab-case: lowercase letters, digits and hyphens' });

/** Shape shared by every learning resource on the site. */
export const resourceSchema = z.object({
  /** Title as the provider shows it. */
  title: z.string().min(3),
  /** Address of the resource: https, official source preferred. */
  url: httpsUrl,
  /** What sort of resource it is. */
  kind: z.enum(resourceKinds),
  /** Who publishes it (organization, author or platform). */
  provider: z.string().min(2),
  /** free, freemium (free to audit, paid certificate) or paid. */
  cost: z.enum(costs),
  /** Rough hours needed to work through it, when that is meaningful. */
  hours: z.number().int().positive().optional(),
  /**
   * Which part of the resource `hours` covers, when it is not the whole thing, e.g. "the chapters
   * this month uses". A resource has one hours figure across the site unless a listing says this.
   */
  covers: z.string().min(3).optional(),
  /** When a person last confirmed the link and its description. */
  lastChecked: dateField,
});
export type Resource = z.infer<typeof resourceSchema>;

/** A list of resources in which no URL appears twice. */
export const resourceList = (min: number) =>
  z
    .array(resourceSchema)
    .min(min, { message: `needs at least ${min} resources` })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((r, i) => {
        const key = r.url.replace(/\/$/, '');
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'url'], message: `duplicates an earlier resource (${r.url})` });
        seen.add(key);
      });
    });

/** Search synonyms: acronyms, expansions and common misspellings. */
export const aliases = z.array(z.string().min(1)).default([]);

/**
 * How a schema module refers to another collection. In the site this is Astro's `reference()`;
 * in unit tests it is a plain string schema, so schemas can be tested without Astro.
 */
export type RefFactory = (collection: CollectionName) => z.ZodType<{ id: string; collection: string }, string>;
export type CollectionName = 'categories' | 'skills' | 'phases' | 'months' | 'certifications' | 'roles' | 'glossary';

/** A stand-in for `reference()` in tests: accepts an id and yields the same shape Astro does. */
export const plainRef: RefFactory = (collection) =>
  z
    .string()
    .min(1)
    .transform((id) => ({ id, collection }));
