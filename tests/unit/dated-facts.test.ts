import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/lib/integrity';
import { eventDates, factAsOf, upcomingEvents } from '../../src/lib/dated-facts';
import { dateFactSchema } from '../../src/schemas/facts';
import { validSite } from '../fixtures/content';

const event = (id: string, start: string, until: string) => ({
  id,
  data: { kind: 'event', start: new Date(start), until: new Date(until) },
});

describe('dated facts', () => {
  it('says when a fact was true', () => {
    expect(factAsOf(new Date('2026-12-01'))).toBe('as of December 2026');
  });
  it('lists an event until its last day, soonest first, then drops it', () => {
    const events = [
      event('later', '2026-12-06', '2026-12-12'),
      event('sooner', '2026-11-29', '2026-12-03'),
      { id: 'fact', data: { kind: 'rule' } },
    ];
    expect(upcomingEvents(events, new Date('2026-12-03T18:00:00Z')).map((e) => e.id)).toEqual(['sooner', 'later']);
    expect(upcomingEvents(events, new Date('2026-12-04T00:00:00Z')).map((e) => e.id)).toEqual(['later']);
    expect(upcomingEvents(events, new Date('2026-12-13T00:00:00Z'))).toEqual([]);
  });
  it('says a one-day event once', () => {
    expect(eventDates(new Date('2026-12-06'), new Date('2026-12-06'))).toBe('6 December 2026');
    expect(eventDates(new Date('2026-12-06'), new Date('2026-12-07'))).toBe('6 December 2026 to 7 December 2026');
  });
  it('the build lists every dated fact older than 180 days', () => {
    const site = validSite();
    site.facts = [
      { id: 'old-rule', filePath: 'content/facts/old-rule.yaml', data: { asOf: new Date('2026-03-31') } },
      { id: 'new-rule', filePath: 'content/facts/new-rule.yaml', data: { asOf: new Date('2026-11-28') } },
    ];
    expect(checkIntegrity(site, { now: new Date('2026-12-01') }).warnings).toEqual([
      'content/facts/old-rule.yaml: asOf: last checked 245 days ago (over 180); re-check it',
    ]);
  });
  it('pins the messages authors see for an event without dates', () => {
    const r = dateFactSchema().safeParse({
      text: 'A conference in December.',
      kind: 'event',
      asOf: '2026-11-28',
      start: '2026-12-06',
      source: { title: 'NeurIPS', url: 'https://neurips.cc/', official: true },
    });
    expect(r.success ? 'valid' : `${r.error.issues[0]!.path.join('.')}: ${r.error.issues[0]!.message}`).toBe(
      'until: an event needs a start and an until (end) date',
    );
    const backwards = dateFactSchema().safeParse({
      text: 'A conference in December.',
      kind: 'event',
      asOf: '2026-11-28',
      start: '2026-12-06',
      until: '2026-12-01',
      source: { title: 'NeurIPS', url: 'https://neurips.cc/', official: true },
    });
    expect(backwards.success ? 'valid' : backwards.error.issues[0]!.message).toBe('until must not be before start');
  });
});
