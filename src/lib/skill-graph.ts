/**
 * Graph pictures, laid out at build time by elkjs (the Eclipse Layout Kernel's layered algorithm):
 * nodes in columns by dependency, edges routed around them. The result is plain coordinates that a
 * component draws as SVG, so pages ship no script for it.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkEdgeSection, ElkNode, ElkPoint } from 'elkjs/lib/elk-api';

/** A node to lay out. */
export interface GraphNode {
  id: string;
  label: string;
  /** A grouping the picture colors by, e.g. the skill's category. */
  group: string;
  href: string;
}

/** An edge from a prerequisite to what it unlocks. */
export interface GraphEdge {
  from: string;
  to: string;
}

/** A node with its place and its label broken into lines. */
export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

/** An edge as an SVG path. */
export interface PlacedEdge extends GraphEdge {
  path: string;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Drawing sizes, in px: node width, line height, padding. */
export const GRAPH_SIZES = { nodeWidth: 148, lineHeight: 15, padY: 7, charsPerLine: 19 } as const;

/** A label broken at spaces into lines of at most `max` characters (a longer word keeps its own line). */
export function wrapLabel(label: string, max: number = GRAPH_SIZES.charsPerLine): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Lays out `nodes` and `edges` left to right, prerequisites first. Edges naming an unknown node
 * are a programming error and throw.
 */
export async function layoutGraph(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Promise<GraphLayout> {
  const ids = new Set(nodes.map((n) => n.id));
  for (const e of edges) if (!ids.has(e.from) || !ids.has(e.to)) throw new Error(`graph edge ${e.from} → ${e.to} names an unknown node`);
  const { nodeWidth, lineHeight, padY } = GRAPH_SIZES;
  const lines = new Map(nodes.map((n) => [n.id, wrapLabel(n.label)]));
  const elk = new ELK();
  const result: ElkNode = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '10',
      'elk.layered.spacing.nodeNodeBetweenLayers': '36',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.separateConnectedComponents': 'false',
      'elk.padding': '[top=4,left=4,bottom=4,right=4]',
    },
    children: nodes.map((n) => ({ id: n.id, width: nodeWidth, height: (lines.get(n.id)?.length ?? 1) * lineHeight + 2 * padY })),
    edges: edges.map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const placed: PlacedNode[] = (result.children ?? []).map((c) => {
    const n = byId.get(c.id)!;
    return {
      ...n,
      x: round(c.x ?? 0),
      y: round(c.y ?? 0),
      width: round(c.width ?? nodeWidth),
      height: round(c.height ?? 0),
      lines: lines.get(c.id) ?? [n.label],
    };
  });
  const placedEdges: PlacedEdge[] = (result.edges ?? []).map((e, i) => {
    const sections: ElkEdgeSection[] = e.sections ?? [];
    const points: ElkPoint[] = sections.flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
    const path = points.map((p, j) => `${j === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
    return { ...edges[i]!, path };
  });
  return { width: round(result.width ?? 0), height: round(result.height ?? 0), nodes: placed, edges: placedEdges };
}

/**
 * The part of a prerequisite graph around one node: what to learn first (its prerequisites) and
 * what it unlocks, with the edges between them and the node.
 */
export function neighborhood(id: string, edges: readonly GraphEdge[]): { before: string[]; after: string[]; edges: GraphEdge[] } {
  const before = edges.filter((e) => e.to === id).map((e) => e.from);
  const after = edges.filter((e) => e.from === id).map((e) => e.to);
  return { before, after, edges: edges.filter((e) => e.to === id || e.from === id) };
}
