/** The sync-call graph shared by sync-chain and sync-cycle: its SCCs, computed once per check. */
import type { DesignEdge, DesignNode } from '../../model/schema';
import type { RuleContext } from '../define';
import { buildCsr, EDGE_SYNC, type Csr, type GraphSnapshot } from '../engine/graph-store';
import { components } from '../engine/tarjan';

export interface SyncGraph {
  g: GraphSnapshot;
  /** Slots of the valid sync edges. */
  sync: Int32Array;
  csr: Csr;
  comp: Int32Array;
  count: number;
}

export function syncGraph(ctx: RuleContext): SyncGraph {
  return ctx.memo('microservices/sync-graph', () => {
    const g = ctx.graph();
    const all = new Int32Array(g.edgeSlots);
    let m = 0;
    for (let i = 0; i < g.edgeSlots; i++) if (g.flags[i]! & EDGE_SYNC) all[m++] = i;
    const sync = all.subarray(0, m);
    const csr = buildCsr(g.nodeSlots, sync, g.src);
    return { g, sync, csr, ...components(g.nodeSlots, csr, g.dst) };
  });
}

/** Sync edges matter to these rules; so does a node turning into or out of a note. */
export const syncRelevant = {
  edge: (p: DesignEdge | undefined, n: DesignEdge | undefined) => p?.timing === 'sync' || n?.timing === 'sync',
  node: (p: DesignNode | undefined, n: DesignNode | undefined) => !!p && !!n && p.kind !== n.kind,
};
