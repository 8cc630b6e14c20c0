/** One resource, one description: the same URL reads the same wherever it is listed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resourceConflicts, type ResourceListing } from '../../src/lib/resources';

const root = join(import.meta.dirname, '..', '..');

/** Every resource listed in a skill or a month, read straight from the files. */
function contentListings(): ResourceListing[] {
  return readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /^(skills|months)[\\/].*\.mdx$/.test(f))
    .sort()
    .flatMap((f) => {
      const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(root, 'content', f), 'utf8'))?.[1] ?? '';
      const data = parse(fm) as { resources?: ResourceListing['resource'][] };
      return (data.resources ?? []).map((resource, index) => ({ file: `content/${f}`, index, resource }));
    });
}

describe('resources across all content', () => {
  it('reads the resources of every skill and month', () => {
    expect(contentListings().length).toBeGreaterThan(200);
  });
  it('gives each URL one title, one cost and one hours figure, and each title one URL', () => {
    expect(resourceConflicts(contentListings())).toEqual([]);
  });
});

describe('resourceConflicts', () => {
  const r = (o: Partial<ResourceListing['resource']>): ResourceListing['resource'] => ({
    title: 'OpenIntro Statistics',
    url: 'https://www.openintro.org/book/os/',
    cost: 'free',
    hours: 60,
    ...o,
  });
  it('names file and field for a different title, cost, hours or URL', () => {
    expect(
      resourceConflicts([
        { file: 'content/skills/a.mdx', index: 0, resource: r({}) },
        {
          file: 'content/months/m.mdx',
          index: 2,
          resource: r({ url: 'https://www.openintro.org/book/os', title: 'OpenIntro', cost: 'paid', hours: 25 }),
        },
        { file: 'content/months/n.mdx', index: 1, resource: r({ url: 'https://openintro.org/stats' }) },
      ]),
    ).toEqual([
      'content/months/m.mdx: resources[2].title: "OpenIntro" differs from "OpenIntro Statistics" in content/skills/a.mdx for the same URL; use one title',
      'content/months/m.mdx: resources[2].cost: "paid" differs from "free" in content/skills/a.mdx for the same URL; use one cost label',
      'content/months/m.mdx: resources[2].hours: 25 differs from 60 in content/skills/a.mdx for the same URL; use one number or say which part it covers (covers)',
      'content/months/n.mdx: resources[1].url: "https://openintro.org/stats" differs from "https://www.openintro.org/book/os/" in content/skills/a.mdx for the same title; use one canonical URL',
    ]);
  });
  it('accepts other hours when the listing says which part they cover', () => {
    expect(
      resourceConflicts([
        { file: 'a', index: 0, resource: r({}) },
        { file: 'b', index: 0, resource: r({ hours: 25, covers: 'chapters 1 to 5' }) },
      ]),
    ).toEqual([]);
  });
});
