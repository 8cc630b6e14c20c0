/**
 * Share a plan as a link. The plan travels in the URL fragment (`#share=…`), which browsers never
 * send to a server, so self-ratings stay between the person and whoever they give the link to.
 *
 * Token layout (bytes, then base64url without padding):
 *
 *   [format version: 1 byte] [raw DEFLATE of compact JSON, preset dictionary] [CRC-32 of JSON: 4 bytes]
 *
 * - The leading version byte sits outside the compressed data so a future format (new dictionary,
 *   new compression) is still recognised as "newer" rather than reported as damaged.
 * - The preset dictionary holds today's skill and role ids, which is what makes a 36-skill plan
 *   fit in a short link (plain DEFLATE of the JSON is about twice as long). Skills added later
 *   still work; they just compress less.
 * - Raw DEFLATE has no checksum, and a mistyped character can inflate to a different but valid
 *   plan; the CRC-32 turns that into a clear "damaged" error instead of silently wrong ratings.
 *
 * The JSON is `{"v":1,"r":{skillId:level},"o":roleId,"h":hoursPerWeek,"s":"YYYY-MM-DD"}`. Format 2
 * (same dictionary) adds the person's track choices and the skills they keep in the plan although
 * their ratings cover them: `"c":{groupId:optionId}` and `"i":[skillId]`, each present only when not
 * empty. A plan with neither is still written as format 1, so its link reads the same everywhere,
 * and a format 1 link opens with the role's suggested options and nothing included anyway.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { isCalendarDay } from '../calendar-day';
import { LIMITS } from '../progress/doc';
import { HOURS_PER_WEEK, LEVELS, isHoursPerWeek, isLevel } from '../rules';

/** A plan as carried by a share link. */
export interface SharedPlan {
  /** Skill id (kebab-case) → self-rating, an integer 0–4. */
  ratings: Record<string, number>;
  /** Target role id (kebab-case). */
  role: string;
  /** Study hours per week, an integer 1–40. */
  hoursPerWeek: number;
  /** First day of the plan, YYYY-MM-DD. */
  startDate: string;
  /** Alternative group id → the option taken (kebab-case); a group not named takes the role's suggestion. */
  choices?: Record<string, string>;
  /** Skills (kebab-case ids) whose tasks stay in the plan although the ratings cover them. */
  includeAnyway?: string[];
}

import { SHARE_PREFIX } from './share-prefix';

export { SHARE_PREFIX };

/**
 * The newest token format this code reads and writes (1: ratings, role, pace, start; 2: also track
 * choices and skills included anyway); tokens with a higher version come from a newer site.
 */
export const SHARE_VERSION = 2;

/** Shown when a link cannot be read; the person can do nothing but ask for the link again. */
export const SHARE_DAMAGED_MESSAGE = 'This share link is damaged or incomplete.';
/** Shown when a link was made by a later release; reloading the site usually fixes it. */
export const SHARE_NEWER_MESSAGE = 'This share link is from a newer version of the site.';

/**
 * Why a share link could not be read. `message` is written for the person who opened the link;
 * `kind` lets the page choose what to offer next, and `cause` keeps the technical reason.
 */
export class ShareLinkError extends Error {
  /** `damaged`: unreadable or invalid; `newer-version`: made by a later release of the site. */
  readonly kind: 'damaged' | 'newer-version';

  constructor(kind: 'damaged' | 'newer-version', cause?: unknown) {
    super(kind === 'damaged' ? SHARE_DAMAGED_MESSAGE : SHARE_NEWER_MESSAGE, cause === undefined ? undefined : { cause });
    this.name = 'ShareLinkError';
    this.kind = kind;
  }
}

/**
 * Upper bounds that keep a hostile link cheap to reject: a longer token cannot come from this
 * site, and capping it also caps how much a crafted DEFLATE stream can expand to (about 1000×).
 */
const MAX_TOKEN_LENGTH = 4096;
const MAX_RATINGS = LIMITS.ratings;
const MAX_CHOICES = LIMITS.choices;
const MAX_INCLUDED = LIMITS.includeAnyway;
const MAX_ID_LENGTH = 100;

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The DEFLATE preset dictionary for format versions 1 and 2. FROZEN: links already shared depend on these
 * exact bytes, so any change needs a new {@link SHARE_VERSION} (and this one kept for reading old
 * links). Skills are listed in authored order (category, then `order`) as `"id":0,`, the way the
 * plan page writes its ratings, so a run of skills and even their levels compress to one match.
 * Later entries are cheaper to reference, so the JSON scaffolding comes last.
 */
const DICTIONARY_V1 = strToU8(
  [
    '"o":"clinical-data-scientist","o":"clinical-informaticist","o":"health-ai-product-manager",',
    '"o":"healthcare-data-analyst","o":"healthcare-ml-engineer",',
    ...[
      'python-ecosystem',
      'r-for-statistics',
      'sql',
      'software-foundations',
      'statistics-eda',
      'scikit-learn',
      'tensorflow',
      'pytorch',
      'model-evaluation',
      'aws-for-healthcare',
      'google-cloud-for-healthcare',
      'azure-for-health',
      'relational-databases',
      'nosql',
      'time-series-data',
      'mlops',
      'clinical-workflows',
      'medical-terminology',
      'disease-mechanisms',
      'hipaa',
      'fda-ai-regulation',
      'gdpr-data-rights',
      'gmlp-fairness',
      'hl7-fhir',
      'dicom',
      'clinical-terminologies',
      'cda-ccda',
      'communication',
      'collaboration',
      'stakeholder-engagement',
      'project-management',
      'problem-solving',
      'formal-education',
      'self-directed-learning',
      'community-engagement',
      'practical-healthcare-experience',
    ].map((id) => `"${id}":0,`),
    '1,2,3,4,"h":10,"s":"202',
    '{"v":1,"r":{"',
  ].join(''),
);

// ---------------------------------------------------------------------------------------------
// base64url. Hand-written rather than btoa/atob or Buffer: it runs unchanged in browsers and Node,
// needs no binary-string detour, and rejects any character outside the alphabet.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    // 1 byte → 2 characters, 2 → 3, 3 → 4: no padding, the length says how many bytes are left.
    const chars = Math.min(3, bytes.length - i) + 1;
    for (let k = 0; k < chars; k++) out += ALPHABET.charAt((n >> (18 - 6 * k)) & 63);
  }
  return out;
}

/** The bytes of a base64url string, or undefined if it has a foreign character or an impossible length. */
function fromBase64Url(text: string): Uint8Array | undefined {
  // A single character left over carries only 6 bits, less than a byte: the token was cut short.
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ALPHABET.indexOf(text.charAt(i));
    if (value === -1) return undefined;
    acc = ((acc << 6) | value) & 0xffff; // only the low bits are ever read, so keep acc small
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  // The encoder leaves unused low bits zero; anything else means the last character was altered.
  if ((acc & ((1 << bits) - 1)) !== 0) return undefined;
  return out;
}

/** CRC-32 (IEEE), bit by bit: tokens are a few hundred bytes, so a lookup table is not worth it. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Validation, shared by encode (to never produce a link that cannot be opened) and decode.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isKebabId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && KEBAB_ID.test(value);
}

/** The first thing wrong with a plan's fields, or undefined when every field is valid. */
function planProblem(ratings: unknown, role: unknown, hoursPerWeek: unknown, startDate: unknown): string | undefined {
  if (!isPlainObject(ratings)) return 'ratings must be an object';
  const entries = Object.entries(ratings);
  if (entries.length > MAX_RATINGS) return `more than ${MAX_RATINGS} ratings`;
  for (const [id, level] of entries) {
    if (!isKebabId(id)) return `skill id is not kebab-case: ${JSON.stringify(id)}`;
    if (!isLevel(level)) return `rating for ${id} is not an integer ${LEVELS.min}–${LEVELS.max}`;
  }
  if (!isKebabId(role)) return 'role is not a kebab-case id';
  if (!isHoursPerWeek(hoursPerWeek)) return `hoursPerWeek is not an integer ${HOURS_PER_WEEK.min}–${HOURS_PER_WEEK.max}`;
  if (!isCalendarDay(startDate)) return 'startDate is not a calendar day (YYYY-MM-DD, 1970–2999)';
  return undefined;
}

/** The first thing wrong with a plan's track choices and included skills (format 2), or undefined. */
function extrasProblem(choices: unknown, included: unknown): string | undefined {
  if (!isPlainObject(choices)) return 'choices must be an object';
  const entries = Object.entries(choices);
  if (entries.length > MAX_CHOICES) return `more than ${MAX_CHOICES} choices`;
  for (const [group, option] of entries)
    if (!isKebabId(group) || !isKebabId(option)) return `choice ${JSON.stringify(group)} is not kebab-case ids`;
  if (!Array.isArray(included)) return 'includeAnyway must be a list';
  if (included.length > MAX_INCLUDED) return `more than ${MAX_INCLUDED} skills included anyway`;
  if (!included.every(isKebabId)) return 'a skill included anyway is not a kebab-case id';
  if (new Set(included).size !== included.length) return 'a skill is included anyway twice';
  return undefined;
}

// ---------------------------------------------------------------------------------------------

/**
 * The share token for a plan: base64url (no padding) of a version byte, the DEFLATE-compressed
 * compact JSON and a CRC-32. Deterministic for the same plan (ratings keep their key order).
 * Throws RangeError if the plan has a field {@link decodePlan} would reject, so a link that cannot
 * be opened is never handed out.
 */
export function encodePlan(plan: SharedPlan): string {
  const choices = { ...plan.choices };
  const included = [...(plan.includeAnyway ?? [])];
  const problem = planProblem(plan.ratings, plan.role, plan.hoursPerWeek, plan.startDate) ?? extrasProblem(choices, included);
  if (problem !== undefined) throw new RangeError(`Cannot share this plan: ${problem}`);
  // Format 1 whenever it can carry the whole plan, so such links open on every release.
  const version = Object.keys(choices).length || included.length ? 2 : 1;
  // Fixed key order and copies, so stray properties on the input never leak into links.
  const json = JSON.stringify({
    v: version,
    r: { ...plan.ratings },
    o: plan.role,
    h: plan.hoursPerWeek,
    s: plan.startDate,
    ...(Object.keys(choices).length ? { c: choices } : {}),
    ...(included.length ? { i: included } : {}),
  });
  const raw = strToU8(json);
  const packed = deflateSync(raw, { level: 9, dictionary: DICTIONARY_V1 });
  const bytes = new Uint8Array(1 + packed.length + 4);
  bytes[0] = version;
  bytes.set(packed, 1);
  new DataView(bytes.buffer).setUint32(1 + packed.length, crc32(raw));
  return toBase64Url(bytes);
}

/** The token in any of the forms a person or page may pass: token, `#share=token`, or a whole URL. */
function extractToken(input: string): string {
  let text = input.trim();
  const at = text.indexOf(SHARE_PREFIX);
  if (at !== -1) text = text.slice(at + SHARE_PREFIX.length);
  else {
    if (text.startsWith('#')) text = text.slice(1);
    if (text.startsWith('share=')) text = text.slice('share='.length);
  }
  // Some tools add base64 padding when re-encoding; it carries no data.
  return text.replace(/={1,2}$/, '');
}

/**
 * The plan in a share token. Accepts the bare token, a fragment such as `#share=TOKEN` or a whole
 * URL containing one. Every field is checked by hand (ratings integers 0–4 keyed by kebab-case
 * ids, role kebab-case, hours an integer 1–40, startDate a real YYYY-MM-DD day). Throws
 * {@link ShareLinkError} with a message fit to show: {@link SHARE_NEWER_MESSAGE} for a token from
 * a newer format, {@link SHARE_DAMAGED_MESSAGE} for anything else that is not a valid plan.
 */
export function decodePlan(fragment: string): SharedPlan {
  const token = extractToken(fragment);
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) throw new ShareLinkError('damaged', 'empty or oversized token');
  const bytes = fromBase64Url(token);
  // Version byte, at least one byte of DEFLATE data, and the checksum.
  if (!bytes || bytes.length < 6) throw new ShareLinkError('damaged', 'not base64url or too short');
  const version = bytes[0] ?? 0;
  if (version > SHARE_VERSION) throw new ShareLinkError('newer-version', `format version ${version}`);
  if (version < 1) throw new ShareLinkError('damaged', `format version ${version}`);

  let raw: Uint8Array;
  try {
    raw = inflateSync(bytes.subarray(1, -4), { dictionary: DICTIONARY_V1 });
  } catch (error) {
    throw new ShareLinkError('damaged', error);
  }
  const expected = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(bytes.length - 4);
  if (crc32(raw) !== expected) throw new ShareLinkError('damaged', 'checksum mismatch');

  let data: unknown;
  try {
    data = JSON.parse(strFromU8(raw));
  } catch (error) {
    throw new ShareLinkError('damaged', error);
  }
  if (!isPlainObject(data)) throw new ShareLinkError('damaged', 'payload is not an object');
  // The inner version must agree with the outer byte; a mismatch means the token was tampered with.
  if (data.v !== version) throw new ShareLinkError('damaged', 'payload version mismatch');
  const keys = Object.keys(data).sort().join(',');
  const allowed = version === 1 ? ['h,o,r,s,v'] : ['h,o,r,s,v', 'c,h,o,r,s,v', 'h,i,o,r,s,v', 'c,h,i,o,r,s,v'];
  if (!allowed.includes(keys)) throw new ShareLinkError('damaged', `unexpected fields: ${keys}`);
  const problem = planProblem(data.r, data.o, data.h, data.s) ?? extrasProblem(data.c ?? {}, data.i ?? []);
  if (problem !== undefined) throw new ShareLinkError('damaged', problem);

  // The casts are safe: planProblem has checked each of these fields above.
  const ratings = data.r as Record<string, number>;
  return {
    // fromEntries defines own properties, so a key like "constructor" can never touch a prototype.
    ratings: Object.fromEntries(Object.entries(ratings)),
    role: data.o as string,
    hoursPerWeek: data.h as number,
    startDate: data.s as string,
    ...(data.c === undefined ? {} : { choices: Object.fromEntries(Object.entries(data.c as Record<string, string>)) }),
    ...(data.i === undefined ? {} : { includeAnyway: [...(data.i as string[])] }),
  };
}

/**
 * A link to `pageUrl` that opens `plan`: any existing fragment on `pageUrl` is replaced by
 * `#share=TOKEN`. The query string is kept. Throws like {@link encodePlan}.
 */
export function shareUrl(pageUrl: string, plan: SharedPlan): string {
  const hash = pageUrl.indexOf('#');
  const base = hash === -1 ? pageUrl : pageUrl.slice(0, hash);
  return `${base}${SHARE_PREFIX}${encodePlan(plan)}`;
}
