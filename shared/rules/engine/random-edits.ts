/**
 * Random but valid edits for the incremental-checking property test (and the benchmark):
 * `editFor` turns a few random numbers into an edit of the current design.
 */
import { EDGE_PRESETS } from '../../catalog/edges';
import { KIND_IDS } from '../../catalog/kinds';
import type { DesignEdit } from '../../model/edits';
import { createEdge, createNode } from '../../model/factory';
import type { Design } from '../../model/schema';
import { design } from '../../testing/builder';
import { checkDesign, suppressEdit } from '../index';
import type { CheckResult } from '../problem';

export interface EditSeed {
  op: number;
  a: number;
  b: number;
  c: number;
}

/** A design with a bit of every pattern, so that every rule has something to look at. */
export const seed = () =>
  design()
    .layer('pres', 1)
    .layer('app', 2)
    .layer('data', 3)
    .node('ui', 'client', { parent: 'pres', props: { rate: 200 } })
    .node('ag', 'api-gateway', { parent: 'app' })
    .node('m1', 'microservice', { parent: 'app' })
    .node('m2', 'microservice', { parent: 'app' })
    .node('db', 'database', { parent: 'data' })
    .node('reg', 'service-registry')
    .node('sb', 'service-bus')
    .node('s1', 'service')
    .node('s2', 'service')
    .node('src', 'event-source', { props: { rate: 80 } })
    .node('k', 'event-broker')
    .node('p', 'event-processor')
    .node('ms', 'model-server', { props: { serviceTimeMs: 50, workers: 1 } })
    .node('bl', 'batch-layer')
    .node('sl', 'speed-layer')
    .node('sv', 'serving-layer')
    .node('bp', 'batch-processor', { parent: 'bl' })
    .node('sp', 'stream-processor', { parent: 'sl' })
    .node('view', 'database', { parent: 'sv' })
    .edge('ui', 'ag')
    .edge('ag', 'm1')
    .edge('m1', 'm2')
    .edge('m1', 'db')
    .edge('m2', 'db')
    .edge('s1', 's2')
    .edge('s1', 'sb', 'request-response', { attrs: { protocol: '' } })
    .edge('src', 'k', 'event-stream')
    .edge('k', 'p', 'event-stream')
    .edge('p', 'ms')
    .edge('bp', 'view', 'scheduled-trigger')
    .edge('ms', 'db', 'poll')
    .requirements({ latency: 'sub-second', team: 'small' })
    .build();

/** Problems without their fix functions (which differ by identity), for comparison. */
export function plain(r: CheckResult) {
  return { ...r, problems: r.problems.map((p) => ({ ...p, fixes: p.fixes.map((f) => f.label) })) };
}

const KINDS = KIND_IDS.filter((k) => k !== 'layer');

/** Turns random numbers into a valid edit of the current design. */
export function editFor(d: Design, s: EditSeed, n: number): DesignEdit {
  const node = d.nodes.length ? d.nodes[s.a % d.nodes.length]! : undefined;
  const other = d.nodes.length ? d.nodes[s.b % d.nodes.length]! : undefined;
  const edge = d.edges.length ? d.edges[s.a % d.edges.length] : undefined;
  const containers = d.nodes.filter((x) => ['layer', 'group', 'batch-layer', 'speed-layer', 'serving-layer'].includes(x.kind));
  switch (s.op) {
    case 0:
    case 1: {
      const kind = KINDS[s.c % KINDS.length]!;
      const parent = s.b % 3 === 0 && containers.length ? containers[s.b % containers.length]!.id : undefined;
      return { type: 'addNodes', nodes: [createNode({ id: `rn${n}`, kind, position: { x: s.a, y: s.b }, label: `N${n}`, ...(parent ? { parent } : {}) })] };
    }
    case 2:
    case 3:
      if (!node || !other) return { type: 'batch', edits: [] };
      return { type: 'addEdges', edges: [createEdge({ id: `re${n}`, source: node.id, target: other.id, preset: EDGE_PRESETS[s.c % EDGE_PRESETS.length]!.id })] };
    case 4:
      return { type: 'remove', nodeIds: s.c % 2 && node ? [node.id] : [], edgeIds: edge ? [edge.id] : [] };
    case 5:
      if (!node) return { type: 'batch', edits: [] };
      return s.c % 3 === 0
        ? { type: 'updateNode', id: node.id, patch: { kind: KINDS[s.b % KINDS.length]! } }
        : { type: 'updateNode', id: node.id, patch: { label: `L${s.b}` } };
    case 6:
      if (!node) return { type: 'batch', edits: [] };
      return { type: 'updateNode', id: node.id, patch: { properties: { ...node.properties, rate: s.b, serviceTimeMs: s.c * 3, replicas: 1 + (s.c % 3), routing: (['all', 'one', 'weighted'] as const)[s.b % 3] } } };
    case 7:
      if (!edge) return { type: 'batch', edits: [] };
      return {
        type: 'updateEdge',
        id: edge.id,
        patch: s.c % 4 === 0 ? { timing: edge.timing === 'sync' ? 'async' : 'sync' } : s.c % 4 === 1 ? { delivery: edge.delivery === 'push' ? 'pull' : 'push' } : s.c % 4 === 2 ? { processing: edge.processing === 'batch' ? 'stream' : 'batch', properties: { pollIntervalMs: s.b * 10 } } : { protocol: s.b % 2 ? '' : 'gRPC' },
      };
    case 8: {
      if (!node) return { type: 'batch', edits: [] };
      const parent = s.c % 3 === 0 ? null : s.c % 3 === 1 && containers.length ? containers[s.b % containers.length]!.id : undefined;
      if (parent === node.id) return { type: 'batch', edits: [] };
      return { type: 'moveNodes', moves: [{ id: node.id, position: { x: s.b, y: s.c }, ...(parent !== undefined ? { parent } : {}) }] };
    }
    case 9:
      return {
        type: 'updateDocument',
        settings: { relaxedLayering: s.a % 2 === 0, syncChainMax: 1 + (s.b % 4), busFanOutMax: 1 + (s.c % 3), severity: s.a % 3 === 0 ? { 'graph/isolated': 'off', 'soa/bypass-bus': 'info' } : {}, ...(s.b % 5 === 0 ? { patterns: ['microservices' as const] } : {}) },
        requirements: { latency: (['sub-second', 'seconds-minutes', 'hours-days'] as const)[s.c % 3], ...(s.b % 2 ? { throughput: 5000 } : {}) },
      };
    case 10: {
      const problems = checkDesign(d).problems;
      return problems.length ? suppressEdit(problems[s.a % problems.length]!, `reason ${s.b}`, d) : { type: 'batch', edits: [] };
    }
    default:
      if (!node || !other) return { type: 'batch', edits: [] };
      // A batch of two edits: one undo step touching two places.
      return { type: 'batch', edits: [{ type: 'updateNode', id: node.id, patch: { label: `B${s.c}` } }, { type: 'addEdges', edges: [createEdge({ id: `rx${n}`, source: other.id, target: node.id, preset: 'request-response' })] }] };
  }
}

