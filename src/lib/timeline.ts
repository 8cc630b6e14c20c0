/**
 * The roadmap as a picture: each phase a column with its months down a spine, laid out here as
 * plain coordinates so a component can draw it as SVG at build time.
 */
import { wrapLabel } from './skill-graph';

/** A month as the timeline shows it. */
export interface TimelineMonth {
  id: string;
  month: number;
  title: string;
  hours: number;
  href: string;
}

/** A month placed in its phase's column. */
export interface PlacedMonth extends TimelineMonth {
  /** Center of its marker. */
  cx: number;
  cy: number;
  /** The title broken into lines. */
  lines: string[];
}

/** One phase's column. */
export interface TimelineColumn {
  width: number;
  height: number;
  months: PlacedMonth[];
}

/** Drawing sizes, in px. */
export const TIMELINE = { width: 264, row: 64, top: 22, radius: 15, charsPerLine: 27, lineHeight: 15 } as const;

/** Lays out one phase's months down a spine, in month order. */
export function timelineColumn(months: readonly TimelineMonth[]): TimelineColumn {
  const { width, row, top, radius, charsPerLine } = TIMELINE;
  const placed = [...months]
    .sort((a, b) => a.month - b.month)
    .map((m, i) => ({ ...m, cx: radius + 3, cy: top + i * row, lines: wrapLabel(m.title, charsPerLine).slice(0, 2) }));
  // A title longer than two lines ends in "…" (its link's name still carries the whole title).
  for (const p of placed) {
    const whole = wrapLabel(p.title, charsPerLine);
    if (whole.length > 2) p.lines[1] = `${p.lines[1]}…`;
  }
  return { width, height: top + Math.max(0, placed.length - 1) * row + row - 8, months: placed };
}
