/**
 * ELK options, chosen for speed without overlaps (measured in bench/sections/layout.ts).
 * ELK's defaults spend most of their time in crossing minimisation thoroughness, network
 * simplex node placement and post-compaction; the choices below keep the layered result
 * but cut those costs. We never read ELK's edge routes (the canvas draws its own edges).
 */
import { CONTAINER_MIN, CONTAINER_PADDING } from './sizes';

/** ELK's names: which way edges point. */
export type LayoutDirection = 'DOWN' | 'RIGHT' | 'UP' | 'LEFT';

/**
 * How ELK packs siblings that no edge connects (width over height of the packed rows): wide,
 * so a container of unconnected services reads as rows on a landscape screen, not a column.
 */
export const PACKING_ASPECT = '3';

/**
 * Most edges per node that ELK is shown, in design order. A hub with a hundred callers
 * cannot sit next to all of them anyway, and its long edges turn into thousands of dummy
 * nodes that dominate ELK's time (2,000 nodes: 9.6 s with every edge, 2.3 s with 8).
 */
export const MAX_LAYOUT_DEGREE = 8;

/**
 * The same cap for small designs (laid out with INCLUDE_CHILDREN), where time is no concern
 * and a dropped edge cuts a hub's consumers loose: with 8, Figure 34.4's Kafka (21 edges)
 * lost its downstream consumers, which ELK then packed apart in a corner.
 */
export const SMALL_LAYOUT_DEGREE = 64;

const pad = (p: { top: number; left: number; bottom: number; right: number }): string =>
  `[top=${p.top},left=${p.left},bottom=${p.bottom},right=${p.right}]`;

/** Options on the graph ELK is asked to lay out (one per call). */
export function rootOptions(direction: LayoutDirection, padding: string, hierarchical: boolean): Record<string, string> {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': direction,
    'elk.padding': padding,
    // Whole-tree layout in one pass, so edges crossing container borders shape the result.
    ...(hierarchical ? { 'elk.hierarchyHandling': 'INCLUDE_CHILDREN' } : {}),
    'elk.spacing.nodeNode': '40',
    'elk.layered.spacing.nodeNodeBetweenLayers': '60',
    'elk.spacing.componentComponent': '60',
    'elk.aspectRatio': PACKING_ASPECT,
    // Brandes-Köpf placement and one crossing-minimisation sweep; no greedy switch and no
    // model-order tie-breaking (each multiplied the time of a 500-node design).
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.thoroughness': '1',
    'elk.layered.greedySwitch.type': 'OFF',
    'elk.layered.considerModelOrder.strategy': 'NONE',
    'elk.layered.compaction.postCompaction.strategy': 'NONE',
    // Polyline routing widens the gap between layers with the slope of the steepest edge
    // (300,000 px tall for 2,000 nodes); orthogonal routing with tight edge spacing does not.
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '2',
    'elk.layered.spacing.edgeNodeBetweenLayers': '10',
  };
}

/** Options on a container laid out as a compound node inside a hierarchical pass. */
export function compoundOptions(min: { width: number; height: number } = CONTAINER_MIN): Record<string, string> {
  return {
    'elk.padding': containerPadding(),
    'elk.nodeSize.constraints': 'MINIMUM_SIZE',
    'elk.nodeSize.minimum': `(${min.width},${min.height})`,
  };
}

export const containerPadding = (): string => pad(CONTAINER_PADDING);
export const ROOT_PADDING = pad({ top: 20, left: 20, bottom: 20, right: 20 });
