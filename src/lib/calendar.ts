/**
 * An RFC 5545 iCalendar writer for the roadmap: all-day events, one per scheduled span, that
 * calendar apps import or subscribe to.
 *
 * What makes the output valid rather than merely readable by lenient apps:
 * - TEXT values are escaped per §3.3.11 (backslash, semicolon, comma, newline).
 * - Every line ends in CRLF (§3.1), including the last.
 * - Lines over 75 octets are folded (§3.1) by UTF-8 byte count, never inside a character.
 * - DTEND of an all-day event is exclusive (§3.6.1), so it is the day after the inclusive end.
 */
import { addDays, daysBetween, isIsoDay } from './dates';

/** Appended to every event id to make the UID globally unique (§3.8.4.7 asks for a domain-like right side). */
export const UID_DOMAIN = 'healthcare-ai-skills-matrix';

/** An all-day event spanning whole calendar days. */
export interface CalendarEvent {
  /** Stable id for this event; the same id on every export lets apps update instead of duplicate. */
  uid: string;
  /** First day, 'YYYY-MM-DD'. */
  start: string;
  /** Inclusive last day, 'YYYY-MM-DD'. */
  end: string;
  summary: string;
  description?: string | undefined;
  /** An absolute URL, e.g. the month's page. */
  url?: string | undefined;
}

export interface CalendarInput {
  /** Identifies the product that wrote the file, e.g. '-//Healthcare AI Skills Matrix//Roadmap//EN'. */
  prodId: string;
  /** Name shown by apps that read X-WR-CALNAME (Google, Apple, Outlook). */
  calendarName: string;
  events: readonly CalendarEvent[];
  /** When the file is written; becomes every DTSTAMP. */
  now: Date;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/**
 * A TEXT value escaped per RFC 5545 §3.3.11. Any line break (CRLF, CR or LF) becomes `\n`; other
 * control characters, which TEXT may not contain, are dropped rather than making the file invalid.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/** UTF-8 length of one code point; a lone surrogate counts as the 3-byte U+FFFD an encoder writes. */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * One content line folded per RFC 5545 §3.1: no physical line longer than 75 octets, each
 * continuation starting with a single space (which counts toward its 75). Breaks fall between code
 * points, so a multi-byte UTF-8 sequence is never split. Returned without the final CRLF.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** 'YYYY-MM-DD' → 'YYYYMMDD', the DATE form of §3.3.4. */
const icsDate = (iso: string): string => iso.replaceAll('-', '');

/** A UTC DATE-TIME, YYYYMMDDTHHMMSSZ (§3.3.5, form #2). */
function icsUtcDateTime(d: Date): string {
  const p = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

function checkEvent(e: CalendarEvent): void {
  const name = JSON.stringify(e.uid);
  if (e.uid.trim() === '') throw new RangeError('Every calendar event needs a non-empty uid.');
  for (const [field, value] of [
    ['start', e.start],
    ['end', e.end],
  ] as const) {
    if (!isIsoDay(value)) throw new RangeError(`Event ${name} has an invalid ${field} ${JSON.stringify(value)}: expected YYYY-MM-DD.`);
  }
  if (daysBetween(e.start, e.end) < 0) throw new RangeError(`Event ${name} ends (${e.end}) before it starts (${e.start}).`);
  // URI values are not escaped (§3.3.13), so a control character or space would corrupt the line.
  if (e.url !== undefined && /[\u0000-\u0020\u007F]/.test(e.url)) {
    throw new RangeError(`Event ${name} has a URL with spaces or control characters; percent-encode them.`);
  }
}

function eventLines(e: CalendarEvent, stamp: string, sequence: number): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${e.uid}@${UID_DOMAIN}`)}`,
    `DTSTAMP:${stamp}`,
    // Later exports carry a higher SEQUENCE (§3.8.7.4), so apps update the events they already have.
    `SEQUENCE:${sequence}`,
    `DTSTART;VALUE=DATE:${icsDate(e.start)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(e.end, 1))}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.description !== undefined) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.url !== undefined) lines.push(`URL:${e.url}`);
  // Study blocks last weeks; showing the person as busy for all of them would wreck their free/busy.
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/**
 * A complete iCalendar file (VCALENDAR 2.0, METHOD:PUBLISH) of all-day events, with CRLF line
 * ends and lines folded at 75 octets.
 * @throws RangeError when there are no events (§3.6 requires at least one component), an event has
 *   an empty uid, an invalid or reversed date range, or a URL with spaces or control characters,
 *   or `now` is an invalid Date.
 */
export function icsCalendar({ prodId, calendarName, events, now }: CalendarInput): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('icsCalendar needs a valid Date for `now`.');
  if (events.length === 0) throw new RangeError('An iCalendar file needs at least one event.');
  events.forEach(checkEvent);
  const stamp = icsUtcDateTime(now);
  // Seconds since 2026, so each export's SEQUENCE is higher than the one before it.
  const sequence = Math.max(0, Math.floor((now.getTime() - Date.UTC(2026, 0, 1)) / 1000));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    ...events.flatMap((e) => eventLines(e, stamp, sequence)),
    'END:VCALENDAR',
  ];
  return lines.map((l) => foldLine(l) + CRLF).join('');
}
