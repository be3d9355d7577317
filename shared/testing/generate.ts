/**
 * Deterministic synthetic designs for benchmarks and stress tests: `count` components laid
 * out on a grid, each connected to the next ones, with a mix of kinds and edge presets.
 */
import { EDGE_PRESETS } from '../catalog/edges';
import type { KindId } from '../catalog/kinds';
import { emptyDesign } from '../model/document';
import { createEdge, createNode } from '../model/factory';
import type { Design } from '../model/schema';

const MIX: KindId[] = ['client', 'api-gateway', 'microservice', 'microservice', 'database', 'message-queue', 'event-broker', 'event-processor', 'model-server', 'feature-store'];

export function gridDesign(count: number, edgesPerNode = 1, columns = Math.ceil(Math.sqrt(count))): Design {
  const d = emptyDesign(`Grid of ${count}`);
  for (let i = 0; i < count; i++) {
    d.nodes.push(createNode({ id: `n${i}`, kind: MIX[i % MIX.length]!, label: `Node ${i}`, position: { x: (i % columns) * 240, y: Math.floor(i / columns) * 120 } }));
  }
  let e = 0;
  for (let i = 0; i < count; i++) {
    for (let k = 1; k <= edgesPerNode; k++) {
      const j = (i + k * 7 + (k > 1 ? columns : 1)) % count;
      if (j === i) continue;
      d.edges.push(createEdge({ id: `e${e++}`, source: `n${i}`, target: `n${j}`, preset: EDGE_PRESETS[e % EDGE_PRESETS.length]!.id }));
    }
  }
  return d;
}
