/**
 * Small edits that complete an imported seed figure into a template: what the Mermaid text
 * cannot say (kinds, edge attributes, properties). Each returns a new design.
 */
import type { EdgeAttributes } from '../../shared/catalog/edges';
import type { KindId } from '../../shared/catalog/kinds';
import type { EdgeProperties, NodeProperties } from '../../shared/model/properties';
import type { Design, DesignEdge, DesignNode } from '../../shared/model/schema';

export type Step = (d: Design) => Design;

function mustFind<T>(list: T[], pred: (x: T) => boolean, what: string): T {
  const found = list.find(pred);
  if (!found) throw new Error(`template edit: ${what} not found`);
  return found;
}

export const node = (id: string, patch: { kind?: KindId; label?: string; parent?: string; properties?: NodeProperties }): Step => (d) => {
  mustFind(d.nodes, (n) => n.id === id, `node ${id}`);
  return { ...d, nodes: d.nodes.map((n): DesignNode => (n.id === id ? { ...n, ...patch, properties: { ...n.properties, ...patch.properties } } : n)) };
};

type EdgePatch = Partial<EdgeAttributes> & { label?: string; properties?: EdgeProperties; reverse?: boolean };

/** Patches the edge between two nodes (either direction); `reverse` turns it around. */
export const edge = (a: string, b: string, patch: EdgePatch): Step => (d) => {
  const hit = (e: DesignEdge) => (e.source === a && e.target === b) || (e.source === b && e.target === a);
  mustFind(d.edges, hit, `edge ${a}–${b}`);
  return {
    ...d,
    edges: d.edges.map((e): DesignEdge => {
      if (!hit(e)) return e;
      const { reverse, properties, ...rest } = patch;
      const turned = reverse ? { source: e.target, target: e.source } : {};
      return { ...e, ...rest, ...turned, properties: { ...e.properties, ...properties } };
    }),
  };
};

/** Patches every edge that touches a node. */
export const edgesOf = (id: string, patch: EdgePatch): Step => (d) => d.edges.filter((e) => e.source === id || e.target === id).reduce((acc, e) => edge(e.source, e.target, patch)(acc), d);

export const remove = (id: string): Step => (d) => ({ ...d, nodes: d.nodes.filter((n) => n.id !== id), edges: d.edges.filter((e) => e.source !== id && e.target !== id) });

export const meta = (title: string, description: string, rest: Pick<Design, 'requirements'> = { requirements: {} }): Step => (d) => ({ ...d, metadata: { title, description }, ...rest });
