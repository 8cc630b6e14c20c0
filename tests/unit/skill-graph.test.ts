import { describe, expect, it } from 'vitest';
import { layoutGraph, neighborhood, wrapLabel } from '../../src/lib/skill-graph';

describe('wrapLabel', () => {
  it('breaks at spaces within the line length and keeps a long word whole', () => {
    expect(wrapLabel('Statistics and exploratory data analysis', 19)).toEqual(['Statistics and', 'exploratory data', 'analysis']);
    expect(wrapLabel('Interoperability', 10)).toEqual(['Interoperability']);
    expect(wrapLabel('SQL')).toEqual(['SQL']);
  });
});

describe('layoutGraph', () => {
  const node = (id: string) => ({ id, label: id.toUpperCase(), group: 'technical', href: `/skills/technical/${id}/` });

  it('places prerequisites to the left of what they unlock, and draws every edge', async () => {
    const layout = await layoutGraph(
      [node('python'), node('sklearn'), node('pytorch'), node('alone')],
      [
        { from: 'python', to: 'sklearn' },
        { from: 'sklearn', to: 'pytorch' },
      ],
    );
    const x = Object.fromEntries(layout.nodes.map((n) => [n.id, n.x]));
    expect(layout.nodes).toHaveLength(4);
    expect(x['python']).toBeLessThan(x['sklearn']!);
    expect(x['sklearn']).toBeLessThan(x['pytorch']!);
    expect(layout.edges.map((e) => e.path)).toEqual([
      expect.stringMatching(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+$/),
      expect.stringMatching(/^M/),
    ]);
    for (const n of layout.nodes) {
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('refuses an edge to a node it was not given', async () => {
    await expect(layoutGraph([node('a')], [{ from: 'a', to: 'b' }])).rejects.toThrow('graph edge a → b names an unknown node');
  });
});

describe('neighborhood', () => {
  it('finds what comes before and after one node', () => {
    const edges = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'd' },
    ];
    expect(neighborhood('b', edges)).toEqual({ before: ['a'], after: ['c'], edges: edges.slice(0, 2) });
  });
});
