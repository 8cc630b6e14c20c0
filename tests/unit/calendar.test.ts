import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { UID_DOMAIN, escapeText, foldLine, icsCalendar, type CalendarEvent, type CalendarInput } from '../../src/lib/calendar';
import { scheduleMonths } from '../../src/lib/pacing';

const now = new Date('2027-03-02T04:05:06.789Z');
const tricky = 'Month 3: SQL, HIPAA; données — ✓';

const base = (events: CalendarEvent[], extra: Partial<CalendarInput> = {}): CalendarInput => ({
  prodId: '-//Healthcare AI Skills Matrix//Roadmap//EN',
  calendarName: 'Healthcare AI roadmap',
  events,
  now,
  ...extra,
});

/** Parses with ical.js, an independent RFC 5545 parser, and returns the VEVENTs by UID. */
function parse(ics: string): { cal: ICAL.Component; events: ICAL.Component[] } {
  const cal = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return { cal, events: cal.getAllSubcomponents('vevent') };
}

const text = (c: ICAL.Component, name: string): string | null => {
  const v = c.getFirstPropertyValue(name);
  return v === null ? null : String(v);
};

/** The physical lines of the output as raw UTF-8 bytes, split at CRLF. */
function byteLines(ics: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(ics);
  const lines: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(from, i));
      from = i + 2;
      i++;
    }
  }
  expect(from).toBe(bytes.length); // the file ends with CRLF, nothing after it
  return lines;
}

/** Every physical line is at most 75 octets and valid UTF-8 on its own (so no character was split). */
function expectWellFolded(ics: string): void {
  const strict = new TextDecoder('utf-8', { fatal: true });
  for (const line of byteLines(ics)) {
    expect(line.length).toBeLessThanOrEqual(75);
    expect(() => strict.decode(line)).not.toThrow();
    const s = strict.decode(line);
    expect(s).not.toMatch(/[\r\n]/);
  }
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks per RFC 5545 §3.3.11', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText(tricky)).toBe('Month 3: SQL\\, HIPAA\\; données — ✓');
    expect(escapeText('colon: and "quotes" stay')).toBe('colon: and "quotes" stay');
  });

  it('drops control characters TEXT may not hold, keeping tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007F')).toBe('abc\td');
  });
});

describe('foldLine', () => {
  it('leaves lines of up to 75 octets alone', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('é'.repeat(37) + 'x')).toBe('é'.repeat(37) + 'x');
  });

  it('folds by octets with CRLF and one space, the space counting toward the next 75', () => {
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
    // 38 two-byte characters are 76 octets: the 38th moves to the next line whole.
    expect(foldLine('é'.repeat(38))).toBe(`${'é'.repeat(37)}\r\n é`);
  });

  it('never splits a character of 2, 3 or 4 UTF-8 octets, at any alignment', () => {
    for (const char of ['é', '—', '✓', '😀', '👩‍⚕️']) {
      for (let pad = 0; pad < 4; pad++) {
        const line = 'SUMMARY:' + 'a'.repeat(pad) + char.repeat(60);
        const folded = foldLine(line);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
        expectWellFolded(folded + '\r\n');
      }
    }
  });
});

describe('icsCalendar', () => {
  const events: CalendarEvent[] = [
    {
      uid: 'month-03',
      start: '2027-03-01',
      end: '2027-03-28',
      summary: tricky,
      description: 'Tasks:\n- Write SQL joins, window functions\r\n- Read HIPAA; GDPR\\notes',
      url: 'https://example.org/healthcare-ai-skills-matrix/roadmap/month-03/?a=1,2;b',
    },
    { uid: 'month-04', start: '2027-12-27', end: '2027-12-31', summary: 'Month 4: Year end' },
    { uid: 'one-day', start: '2028-02-29', end: '2028-02-29', summary: 'Leap day review' },
  ];
  const ics = icsCalendar(base(events));

  it('writes a VCALENDAR that ical.js reads back with the calendar properties', () => {
    const { cal } = parse(ics);
    expect(cal.name).toBe('vcalendar');
    expect(text(cal, 'version')).toBe('2.0');
    expect(text(cal, 'prodid')).toBe('-//Healthcare AI Skills Matrix//Roadmap//EN');
    expect(text(cal, 'calscale')).toBe('GREGORIAN');
    expect(text(cal, 'method')).toBe('PUBLISH');
    expect(text(cal, 'x-wr-calname')).toBe('Healthcare AI roadmap');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('round-trips summaries, descriptions and URLs with commas, semicolons, newlines and non-ASCII', () => {
    const [first, second, third] = parse(ics).events;
    expect(text(first!, 'summary')).toBe(tricky);
    expect(text(first!, 'description')).toBe('Tasks:\n- Write SQL joins, window functions\n- Read HIPAA; GDPR\\notes');
    expect(text(first!, 'url')).toBe(events[0]!.url);
    expect(text(second!, 'summary')).toBe('Month 4: Year end');
    expect(text(second!, 'description')).toBeNull();
    expect(text(second!, 'url')).toBeNull();
    expect(text(third!, 'summary')).toBe('Leap day review');
    expect(ics).toContain('SUMMARY:Month 3: SQL\\, HIPAA\\; données — ✓\r\n');
  });

  it('writes stable UIDs and a UTC DTSTAMP from now', () => {
    const parsed = parse(ics).events;
    expect(parsed.map((e) => text(e, 'uid'))).toEqual([`month-03@${UID_DOMAIN}`, `month-04@${UID_DOMAIN}`, `one-day@${UID_DOMAIN}`]);
    expect(UID_DOMAIN).toBe('healthcare-ai-skills-matrix');
    const stamp = parsed[0]!.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(stamp.toJSDate().toISOString()).toBe('2027-03-02T04:05:06.000Z');
    expect(ics.match(/\r\nDTSTAMP:[^\r]*\r\n/g)).toEqual(Array(3).fill('\r\nDTSTAMP:20270302T040506Z\r\n'));
    // Same content on a later export: same UIDs, so calendar apps update instead of duplicating.
    const later = parse(icsCalendar(base(events, { now: new Date('2027-06-01T00:00:00Z') }))).events;
    expect(later.map((e) => text(e, 'uid'))).toEqual(parsed.map((e) => text(e, 'uid')));
  });

  it('writes all-day dates with an exclusive DTEND, the day after the last day', () => {
    const parsed = parse(ics).events;
    const day = (e: ICAL.Component, name: string): string => {
      const t = e.getFirstPropertyValue(name) as ICAL.Time;
      expect(t.isDate).toBe(true);
      return t.toString();
    };
    expect(parsed.map((e) => [day(e, 'dtstart'), day(e, 'dtend')])).toEqual([
      ['2027-03-01', '2027-03-29'],
      ['2027-12-27', '2028-01-01'],
      ['2028-02-29', '2028-03-01'],
    ]);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270301\r\nDTEND;VALUE=DATE:20270329\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20280101\r\n');
    // ical.js's own event model agrees the single day lasts exactly one day.
    const oneDay = new ICAL.Event(parsed[2]);
    expect(oneDay.duration.toSeconds()).toBe(86_400);
  });

  it('ends every line with CRLF and has no bare CR or LF', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    const pieces = ics.split('\r\n');
    expect(pieces.pop()).toBe('');
    for (const p of pieces) expect(p).not.toMatch(/[\r\n]/);
  });

  it('folds long lines at 75 octets without splitting UTF-8 characters, and still round-trips', () => {
    const long: CalendarEvent = {
      uid: 'long',
      start: '2027-01-04',
      end: '2027-01-31',
      summary: `${tricky} ${'données — ✓ 😀 '.repeat(12)}`,
      description: `Line one, with commas; and semicolons\n${'é'.repeat(100)}\n${'✓'.repeat(100)}\n${'😀'.repeat(100)}`,
      url: `https://example.org/${'segment/'.repeat(30)}`,
    };
    for (let pad = 0; pad < 4; pad++) {
      const withPad = { ...long, summary: 'x'.repeat(pad) + long.summary };
      const out = icsCalendar(base([withPad], { calendarName: `${'Feuille de route — '.repeat(8)}` }));
      expect(out).toContain('\r\n ');
      expectWellFolded(out);
      const {
        cal,
        events: [e],
      } = parse(out);
      expect(text(cal, 'x-wr-calname')).toBe('Feuille de route — '.repeat(8));
      expect(text(e!, 'summary')).toBe(withPad.summary);
      expect(text(e!, 'description')).toBe(long.description);
      expect(text(e!, 'url')).toBe(long.url);
    }
  });

  it('keeps the short output within 75 octets too', () => {
    expectWellFolded(ics);
  });

  it('exports a pacing schedule that parses back to the same days', () => {
    const schedule = scheduleMonths(
      [
        { id: 'month-01', month: 1, hours: 48 },
        { id: 'month-02', month: 2, hours: 52 },
      ],
      '2026-12-28',
      10,
    );
    const out = icsCalendar(base(schedule.map((m) => ({ uid: m.id, start: m.start, end: m.end, summary: `Month ${m.month}` }))));
    const parsed = parse(out).events.map((e) => [
      (e.getFirstPropertyValue('dtstart') as ICAL.Time).toString(),
      (e.getFirstPropertyValue('dtend') as ICAL.Time).toString(),
    ]);
    expect(parsed).toEqual([
      ['2026-12-28', '2027-02-01'],
      ['2027-02-01', '2027-03-15'],
    ]);
  });

  it('rejects input it cannot write as a valid calendar', () => {
    const ok: CalendarEvent = { uid: 'a', start: '2027-01-04', end: '2027-01-10', summary: 'A' };
    expect(() => icsCalendar(base([]))).toThrow(/at least one event/);
    expect(() => icsCalendar(base([{ ...ok, uid: ' ' }]))).toThrow(/non-empty uid/);
    expect(() => icsCalendar(base([{ ...ok, start: '2027-02-30' }]))).toThrow(/invalid start "2027-02-30"/);
    expect(() => icsCalendar(base([{ ...ok, end: 'soon' }]))).toThrow(/invalid end "soon"/);
    expect(() => icsCalendar(base([{ ...ok, end: '2027-01-03' }]))).toThrow(/ends \(2027-01-03\) before it starts/);
    expect(() => icsCalendar(base([{ ...ok, url: 'https://example.org/a b' }]))).toThrow(/percent-encode/);
    expect(() => icsCalendar(base([ok], { now: new Date('nope') }))).toThrow(RangeError);
    expect(() => icsCalendar(base([{ ...ok, end: '2027-01-03' }]))).toThrow(RangeError);
  });
});
