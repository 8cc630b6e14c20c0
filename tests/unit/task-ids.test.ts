import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentEntries } from '../fixtures/content';

/**
 * Stored progress is keyed by task id, so an id must keep its meaning for as long as anyone may
 * have stored it. tests/fixtures/task-ids.json lists every task id the roadmap had before the
 * 2026 curriculum change (issue 15); a task that moved to another month kept its id and so takes
 * its stored state with it. This test proves that every one of those ids still exists.
 */
const before = JSON.parse(readFileSync('tests/fixtures/task-ids.json', 'utf8')) as { from: string; ids: string[] };

const now = new Map<string, string>();
for (const m of contentEntries('months')) for (const t of m.data['tasks'] as { id: string }[]) now.set(t.id, m.id);

describe('task ids survive the curriculum change', () => {
  it('lists the earlier ids once each', () => {
    expect(before.ids.length).toBeGreaterThan(100);
    expect(new Set(before.ids).size).toBe(before.ids.length);
  });

  it.each(before.ids)('still has %s', (id) => {
    expect(now.has(id), `${id} is no longer a task in content/months; keep it, or record where its stored state goes`).toBe(true);
  });

  it('only adds ids, each unique', () => {
    const all = contentEntries('months').flatMap((m) => (m.data['tasks'] as { id: string }[]).map((t) => t.id));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(before.ids.length);
  });
});
