/**
 * The shape of src/lib: no module imports itself back through others. A cycle makes load order
 * matter and hides which module a rule belongs to (progress-store and progress-repair once formed
 * one). Type-only imports are left out: they vanish at build time. Code loaded later
 * (`lazy-chunk:` URLs) counts: it still ties the two modules together.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../src/lib');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(root, f));

/** The src/lib modules a file imports at run time (relative imports that are not `import type`, and lazily loaded chunks). */
export function runtimeImports(file: string, source = readFileSync(file, 'utf8')): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*'(?:lazy-chunk:)?(\.[^'?]+)[^']*'/gm)) {
    const [, , typeOnly, clause = '', spec = ''] = m;
    // `import { type A, type B }` is type-only too.
    if (
      typeOnly ||
      (/^\{[^}]*\}$/.test(clause.trim()) &&
        clause
          .slice(1, -1)
          .split(',')
          .every((n) => /^\s*type\s/.test(n) || !n.trim()))
    )
      continue;
    const target = resolve(dirname(file), spec.endsWith('.ts') ? spec : `${spec}.ts`);
    if (target.startsWith(root)) out.push(target);
  }
  return out;
}

/** Every cycle in a graph, each once, as the list of its nodes. */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    path.push(n);
    for (const next of graph.get(n) ?? []) {
      if (state.get(next) === 'open') found.push(path.slice(path.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(n, 'done');
  };
  for (const n of graph.keys()) if (!state.has(n)) visit(n);
  return found;
}

describe('src/lib module graph', () => {
  it('finds a cycle when there is one, and reads type-only imports as none', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', []],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
    const f = join(root, 'x.ts');
    expect(
      runtimeImports(
        f,
        "import type { A } from './a';\nimport { type B } from './b';\nimport { c } from './c';\nexport { d } from './d';\nimport url from 'lazy-chunk:./e.ts';",
      ),
    ).toEqual([join(root, 'c.ts'), join(root, 'd.ts'), join(root, 'e.ts')]);
  });

  it('has no import cycle', () => {
    const graph = new Map(files.map((f) => [f, runtimeImports(f)]));
    expect(cycles(graph).map((c) => c.map((f) => relative(root, f)).join(' → '))).toEqual([]);
  });
});
