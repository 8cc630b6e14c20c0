/**
 * The track on roadmap pages, loaded only where one is shown (a stored role, or `?track=` in the
 * address) or chosen: the picker's values, each task's kind and label, tasks off the track folded
 * below the month's list (never hidden), the headline duration, each month's hours on the track (cards,
 * timeline, print), the timeline's caption and the print note. progress-ui.ts
 * calls `renderTrack` before it counts, so counts, "continue", pacing and the calendar follow.
 */
import { formatDuration } from '../lib/durations';
import type { ProgressDoc } from '../lib/progress/doc';
import type { ProgressStore } from '../lib/progress/store';
import type { RoadmapMonth } from '../lib/roadmap-data';
import {
  TRACK_DATA_ID,
  kindLabel,
  kindOnTrack,
  monthsOnTrack,
  shownTrack,
  weeksOfMonths,
  type ShownTrack,
  type TrackData,
} from '../lib/track-view';

const $$ = <T extends Element>(sel: string, root: ParentNode = document) => [...root.querySelectorAll<T>(sel)];
let data: TrackData | undefined;

/** The track this page shows for `doc`: a `?track=` in the address, else the stored role; undefined for the whole roadmap. */
export function trackOf(doc: Pick<ProgressDoc, 'role' | 'choices'>): ShownTrack | undefined {
  if (!data)
    try {
      data = JSON.parse(document.getElementById(TRACK_DATA_ID)?.textContent ?? '') as TrackData;
    } catch {
      data = { roles: [], groups: [] };
    }
  return shownTrack(data, doc, new URLSearchParams(location.search).get('track'));
}

/** The roadmap `months` on the track shown for `doc`. */
export const monthsOn = (doc: ProgressDoc, months: RoadmapMonth[]) => monthsOnTrack(months, trackOf(doc));

/** The month id an element is about: its timeline node's, or its month card's. */
const monthOf = (el: Element) =>
  el.closest<HTMLElement>('[data-month-node]')?.dataset['monthNode'] ??
  el.closest('.month-card')?.querySelector<HTMLElement>('[data-progress-months]')?.dataset['progressMonths'];

/** Shows the track for `doc`; returns it and the roadmap `months` restricted to it. */
export function renderTrack(doc: ProgressDoc, months: RoadmapMonth[]): { track: ShownTrack | undefined; months: RoadmapMonth[] } {
  const track = trackOf(doc);
  const onTrack = monthsOnTrack(months, track);
  for (const form of $$<HTMLElement>('[data-track-picker]')) {
    const role = form.querySelector<HTMLSelectElement>('select[name="role"]');
    if (role) role.value = track?.role.id ?? '';
    for (const g of $$<HTMLSelectElement>('select[data-group]', form)) {
      g.disabled = !track;
      g.value = track?.choices[g.dataset['group']!] ?? g.value;
    }
    const keep = form.querySelector<HTMLElement>('[data-action="keep-track"]');
    if (keep) keep.hidden = !track || track.role.id === doc.role;
    const status = form.querySelector('[data-track-status]');
    const text = track ? `Showing the ${track.role.title} track.` : 'Showing every task of the roadmap.';
    if (status && status.textContent !== text) status.textContent = text;
  }
  for (const li of $$<HTMLElement>('[data-optional-for]')) {
    const marks = { optionalFor: li.dataset['optionalFor'] ?? '', alt: li.dataset['alt'] ?? '' };
    const kind = kindOnTrack(marks, track);
    // Counts read the kind; without a track there is none, and every task counts.
    if (track) li.dataset['kind'] = kind;
    else delete li.dataset['kind'];
    const label = li.querySelector<HTMLElement>('[data-kind-label]');
    if (label) {
      label.textContent = track ? kindLabel(kind, marks, track, data?.groups ?? []) : '';
      label.hidden = !label.textContent;
    }
  }
  for (const more of $$<HTMLDetailsElement>('[data-track-more]')) {
    const main = more.previousElementSibling;
    const extra = more.querySelector('ol');
    if (!main || !extra) continue;
    const items = [...main.children, ...extra.children] as HTMLElement[];
    items.sort((a, b) => Number(a.dataset['index']) - Number(b.dataset['index']));
    const off = items.filter((li) => (li.dataset['kind'] ?? 'core') !== 'core');
    const on = items.filter((li) => (li.dataset['kind'] ?? 'core') === 'core');
    // Only a change of track moves items (and may move focus); a change of state moves nothing.
    if (off.some((li) => li.parentElement !== extra) || on.some((li) => li.parentElement !== main)) {
      main.replaceChildren(...on);
      extra.replaceChildren(...off);
    }
    more.hidden = !off.length;
    const summary = more.querySelector('summary');
    if (summary) summary.textContent = `${off.length} ${off.length === 1 ? 'task' : 'tasks'} not on your track (optional or alternative)`;
  }
  for (const slot of $$<HTMLElement>('[data-continue-track]')) {
    // A returning visitor goes back to their own track.
    const a = slot.querySelector('a');
    slot.hidden = !track || !a;
    if (track && a) {
      a.textContent = `Continue your ${track.role.title} track`;
      a.search = `?track=${track.role.id}`;
    }
  }
  for (const el of $$<HTMLElement>('[data-track-print]')) {
    el.hidden = !track;
    el.textContent = track
      ? `This is the ${track.role.title} track: tasks it does not need are marked. Change the track on the roadmap page.`
      : '';
  }
  // Month hours (cards, timeline, print) follow the track: its core tasks only. The printable
  // roadmap adds up its own checklist (each item's `data-hours`), so it needs no data island.
  for (const el of $$<HTMLElement>('[data-track-hours]')) {
    el.dataset['whole'] ??= el.textContent ?? '';
    const items = $$<HTMLElement>('li[data-hours]', el.closest('article') ?? el);
    const hours = items.length
      ? Math.round(10 * items.reduce((sum, li) => sum + (li.dataset['kind'] === 'core' ? Number(li.dataset['hours']) : 0), 0)) / 10
      : (onTrack.find((m) => m.id === monthOf(el))?.hours ?? 0);
    const text = track ? String(hours) : el.dataset['whole'];
    if (el.textContent !== text) el.textContent = text;
  }
  for (const el of $$<HTMLElement>('[data-timeline-track]')) {
    el.dataset['whole'] ??= el.textContent ?? '';
    el.textContent = track ? `Showing the ${track.role.title} track: each month's hours are its core tasks.` : el.dataset['whole'];
  }
  for (const el of $$<HTMLElement>('[data-track-duration]')) {
    el.dataset['whole'] ??= el.textContent ?? '';
    const pace = Number(el.dataset['trackDuration']);
    el.textContent = track
      ? `At ${pace} hours a week, the ${track.role.title} track takes ${formatDuration(weeksOfMonths(onTrack, pace))}.`
      : el.dataset['whole'];
  }
  return { track, months: onTrack };
}

/** Drops a `?track=` from the address, so the stored track is the one shown from now on. */
function dropTrackParam(): void {
  const url = new URL(location.href);
  if (!url.searchParams.has('track')) return;
  url.searchParams.delete('track');
  history.replaceState(history.state, '', url);
}

/**
 * Acts on the track picker (progress-live.ts hands its events here): a role (empty for the whole
 * roadmap), an option of a group, or keeping the track a link showed. `value` is the control's
 * value when the event happened; `flag` says next to the control when a change was not saved.
 */
export function pick(
  e: Event,
  t: Element,
  value: string,
  store: Pick<ProgressStore, 'set' | 'doc'>,
  flag: (control: Element, saved: boolean) => void,
): void {
  if (e.type === 'change' && t instanceof HTMLSelectElement) {
    if (t.name === 'role') {
      dropTrackParam();
      flag(t, store.set([['role'], value || undefined]));
    } else if (t.dataset['group']) flag(t, store.set([['choices', t.dataset['group']], value]));
  } else if (e.type === 'click' && t.closest('[data-action="keep-track"]')) {
    const id = trackOf(store.doc)?.role.id;
    dropTrackParam();
    if (id) flag(t, store.set([['role'], id]));
  }
}
