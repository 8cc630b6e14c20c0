import { describe, expect, it } from 'vitest';
import { entryPoints, entryPointsFor } from '../../src/lib/entry-points';
import { contentEntries } from '../fixtures/content';

describe('entry points on the home page', () => {
  const roles = contentEntries('roles').map((r) => ({ id: r.id }));

  it('asks about the four backgrounds, each leading to at least one role that exists', () => {
    expect(entryPoints.map((e) => e.title)).toEqual(['Clinician or nurse', 'Software engineer', 'Analyst or statistician', 'Student']);
    const shown = entryPointsFor(roles);
    expect(shown.map((e) => e.entry.id)).toEqual(entryPoints.map((e) => e.id));
    for (const e of shown) expect(e.roles.length, e.entry.id).toBeGreaterThan(0);
  });

  it('names only roles the content has, or the nursing role being written', () => {
    const known = new Set(roles.map((r) => r.id));
    for (const e of entryPoints) for (const id of e.roles) expect(known.has(id), id).toBe(true);
  });

  it('leaves out roles a build does not have', () => {
    expect(entryPointsFor([{ id: 'healthcare-ml-engineer' }])).toEqual([
      { entry: entryPoints[1], roles: [{ id: 'healthcare-ml-engineer' }] },
    ]);
  });
});
