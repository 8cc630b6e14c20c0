import { formatDate } from './format';

const monthYear = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The "as of" label of a dated fact: "as of December 2026". */
export function factAsOf(asOf: Date): string {
  return `as of ${monthYear.format(asOf)}`;
}

/** An event's dates, said once when it lasts one day: "6 December 2026" or "6 December 2026 to 7 December 2026". */
export function eventDates(start: Date, until: Date): string {
  const a = formatDate(start);
  const b = formatDate(until);
  return a === b ? a : `${a} to ${b}`;
}

interface EventLike {
  data: { kind: string; start?: Date | undefined; until?: Date | undefined };
}

/** Events that have not ended on `today` (a UTC day), soonest first. */
export function upcomingEvents<E extends EventLike>(facts: readonly E[], today: Date): E[] {
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return facts
    .filter((f) => f.data.kind === 'event' && f.data.until !== undefined && f.data.until.getTime() >= day)
    .sort((a, b) => (a.data.start?.getTime() ?? 0) - (b.data.start?.getTime() ?? 0));
}
