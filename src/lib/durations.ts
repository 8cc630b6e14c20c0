/**
 * Durations, worded one way on every page: a stretch of months at `h` hours a week takes, month by
 * month, `ceil(hours / h)` whole weeks, as the pacing tool lays them out. Part of the time model
 * (time-model.ts re-exports these); a module of its own so the roadmap pages' eager code can state
 * a track's duration without the rest of the model.
 */

/** Whole calendar weeks a stretch of months takes at `hoursPerWeek`: each month `ceil(hours / pace)`, months with no hours take none. */
export function studyWeeks(monthHours: readonly number[], hoursPerWeek: number): number {
  if (!(hoursPerWeek > 0)) return 0;
  return monthHours.reduce((sum, h) => sum + (h > 0 ? Math.ceil(h / hoursPerWeek - 1e-9) : 0), 0);
}

/** Approximate calendar months in `weeks` weeks (a month is 365.25 / 12 days), rounded. */
export function monthsOfWeeks(weeks: number): number {
  return Math.round((weeks * 7) / (365.25 / 12));
}

/** A duration stated the same way on every page: "43 weeks (about 10 months)" or "3 weeks". */
export function formatDuration(weeks: number): string {
  const w = `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
  const months = monthsOfWeeks(weeks);
  return weeks >= 8 ? `${w} (about ${months} months)` : w;
}
