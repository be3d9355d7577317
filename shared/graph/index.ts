/**
 * Graph helpers shared by rules, simulation, animation and exporters. `DesignIndex` is
 * built once per design (O(n)) and answers neighbour, container and layer questions in O(1).
 */
import { isComponentKind, kindDef, type KindDef, type KindId } from '../catalog/kinds';
import { EDGE_DEFAULTS, type EdgeProperties, type NodeProperties } from '../model/properties';
import type { Design, DesignEdge, DesignNode } from '../model/schema';

/**
 * Which way data flows along an edge (DESIGN §2): an edge points from the initiator, so data
 * flows along a push edge and against a pull edge (the consumer polls its source).
 */
export function dataFlow(edge: Pick<DesignEdge, 'source' | 'target' | 'delivery'>): { from: string; to: string } {
  return edge.delivery === 'pull' ? { from: edge.target, to: edge.source } : { from: edge.source, to: edge.target };
}

/** A node's properties with its kind's defaults filled in. */
export function nodeProps(node: Pick<DesignNode, 'kind' | 'properties'>): NodeProperties {
  return { ...kindDef(node.kind).defaults, ...node.properties };
}

/** An edge's properties with the defaults filled in. */
export function edgeProps(edge: Pick<DesignEdge, 'properties'>): Required<EdgeProperties> {
  return { ...EDGE_DEFAULTS, ...edge.properties };
}

export class DesignIndex {
  readonly nodes = new Map<string, DesignNode>();
  readonly edges = new Map<string, DesignEdge>();
  readonly outgoing = new Map<string, DesignEdge[]>();
  readonly incoming = new Map<string, DesignEdge[]>();
  readonly children = new Map<string, DesignNode[]>();

  constructor(readonly design: Design) {
    for (const n of design.nodes) {
      this.nodes.set(n.id, n);
      this.outgoing.set(n.id, []);
      this.incoming.set(n.id, []);
    }
    for (const n of design.nodes) {
      if (n.parent === undefined) continue;
      let list = this.children.get(n.parent);
      if (!list) this.children.set(n.parent, (list = []));
      list.push(n);
    }
    for (const e of design.edges) {
      this.edges.set(e.id, e);
      this.outgoing.get(e.source)?.push(e);
      this.incoming.get(e.target)?.push(e);
    }
  }

  kind(id: string): KindDef<KindId> | undefined {
    const n = this.nodes.get(id);
    return n && kindDef(n.kind);
  }

  /** Nodes that rules and simulation count: not containers, not notes. */
  components(): DesignNode[] {
    return this.design.nodes.filter((n) => isComponentKind(n.kind));
  }

  ofKind(kind: KindId): DesignNode[] {
    return this.design.nodes.filter((n) => n.kind === kind);
  }

  /** The nearest ancestor of the given kind (e.g. a node's layer), if any. */
  ancestorOfKind(id: string, kind: KindId): DesignNode | undefined {
    let cur = this.nodes.get(id);
    for (let steps = 0; cur?.parent !== undefined && steps <= this.nodes.size; steps++) {
      cur = this.nodes.get(cur.parent);
      if (cur?.kind === kind) return cur;
    }
    return undefined;
  }

  /** A node's layer: its nearest `layer` ancestor (DESIGN §2). */
  layerOf(id: string): DesignNode | undefined {
    return this.ancestorOfKind(id, 'layer');
  }

  /** Absolute position of a node (positions are stored relative to the parent). */
  absolutePosition(id: string): { x: number; y: number } {
    let x = 0;
    let y = 0;
    let cur = this.nodes.get(id);
    for (let steps = 0; cur && steps <= this.nodes.size; steps++) {
      x += cur.position.x;
      y += cur.position.y;
      cur = cur.parent !== undefined ? this.nodes.get(cur.parent) : undefined;
    }
    return { x, y };
  }
}
