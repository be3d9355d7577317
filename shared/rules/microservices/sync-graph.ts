/** The sync-call graph shared by sync-chain and sync-cycle: its SCCs, computed once per check. */
import type { DesignEdge, DesignNode } from '../../model/schema';
import type { RuleContext } from '../define';
import { buildCsr, tarjan, type Csr, type GraphSnapshot } from '../engine/snapshot';

export interface SyncGraph {
  g: GraphSnapshot;
  csr: Csr;
  comp: Int32Array;
  count: number;
}

export function syncGraph(ctx: RuleContext): SyncGraph {
  return ctx.memo('microservices/sync-graph', () => {
    const g = ctx.graph();
    const idx: number[] = [];
    for (let i = 0; i < g.edges.length; i++) if (g.edges[i]!.timing === 'sync') idx.push(i);
    const csr = buildCsr(g.nodes.length, idx, g.src);
    return { g, csr, ...tarjan(g.nodes.length, csr, g.dst) };
  });
}

/** Sync edges matter to these rules; so does a node turning into or out of a note. */
export const syncRelevant = {
  edge: (p: DesignEdge | undefined, n: DesignEdge | undefined) => p?.timing === 'sync' || n?.timing === 'sync',
  node: (p: DesignNode | undefined, n: DesignNode | undefined) => !!p && !!n && p.kind !== n.kind,
};
