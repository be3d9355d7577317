/**
 * The dialect's contract (DESIGN §5, issue 4): import(export(d)) gives back d — kinds,
 * labels, containers, every edge attribute, properties, positions — for generated designs
 * with hostile labels and ids, parsed by the real mermaid.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DELIVERIES, PROCESSINGS, TIMINGS } from '../../catalog/edges';
import { isContainerKind, KIND_IDS, kindDef, type KindId } from '../../catalog/kinds';
import { validateDesign } from '../../model/document';
import { BACKPRESSURES, DOMAINS, ROUTINGS, SERVICE_TIME_DISTS } from '../../model/properties';
import { FORMAT_VERSION, LATENCY_CLASSES, PATTERNS, TEAMS, type Design, type DesignEdge, type DesignNode } from '../../model/schema';
import { loadMermaid } from '../../node/mermaid/env';
import { nodeFlowchartParser } from '../../node/mermaid/flowchart';
import { exportMermaid } from './export';
import { importMermaid } from './import';

const HOSTILE = [
  'end"]-->X[pwn', 'end', 'o', 'x', 'ox', 'subgraph', '%% comment', '%%{init:{"securityLevel":"loose"}}%%', '<script>alert(1)</script>',
  'line\nbreak', ' padded ', '😀 emoji', '#quot; #35;', '&amp; &lt;', 'a|b', '`md`', 'classDef x fill:#f00}body{display:none', 'ﬂ°°35¶ß', 'a:b', 'pull batch REST',
  '\r\n\t', '', '[]{}()', '\\', 'lifestyle: #1; x;', 'classDef: #f00;',
];
const text = (max: number) => fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: max }), fc.string({ unit: 'binary', maxLength: max }));
const id = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/), fc.constantFrom('end', 'o1', 'x', 'graph', 'class', 'e1', 'n_a', 'a b', '__proto__', 'constructor', 'prototype', 'lifestyle', 'xclassDefx', '💥', 'x"y'), fc.string({ minLength: 1, maxLength: 12 }));
const coord = fc.integer({ min: -5000, max: 5000 });
const ms = fc.integer({ min: 0, max: 100000 });
const count = fc.integer({ min: 1, max: 64 });

const nodeProps = fc.record(
  {
    rate: fc.double({ min: 0, max: 1000, noNaN: true }),
    serviceTimeMs: ms,
    serviceTimeDist: fc.constantFrom(...SERVICE_TIME_DISTS),
    workers: count,
    replicas: count,
    queueCapacity: fc.option(fc.integer({ min: 0, max: 10000 }), { nil: null }),
    routing: fc.constantFrom(...ROUTINGS),
    rank: fc.integer({ min: 1, max: 9 }),
    domain: fc.constantFrom(...DOMAINS),
  },
  { requiredKeys: [] },
);
const edgeProps = fc.record(
  { latencyMs: ms, timeoutMs: ms, retries: fc.integer({ min: 0, max: 5 }), pollIntervalMs: ms, batchSize: count, batchIntervalMs: ms, backpressure: fc.constantFrom(...BACKPRESSURES), weight: fc.integer({ min: 0, max: 10 }) },
  { requiredKeys: [] },
);
const suppress = fc.option(fc.array(fc.record({ rule: fc.constantFrom('graph/isolated', 'layered/layer-skip'), reason: text(20) }), { minLength: 1, maxLength: 2 }), { nil: undefined });

const designArb: fc.Arbitrary<Design> = fc
  .uniqueArray(id, { minLength: 0, maxLength: 10, selector: (s) => s })
  .chain((ids) =>
    fc.record({
      nodes: fc.tuple(
        ...ids.map((nid) => fc.record({ id: fc.constant(nid), kind: fc.constantFrom(...KIND_IDS), label: text(30), x: coord, y: coord, parentPick: fc.nat(), props: nodeProps, suppress })),
      ),
      edges: fc.array(
        fc.record({
          id: id,
          s: fc.nat(),
          t: fc.nat(),
          label: text(20),
          timing: fc.constantFrom(...TIMINGS),
          delivery: fc.constantFrom(...DELIVERIES),
          processing: fc.constantFrom(...PROCESSINGS),
          protocol: fc.oneof(fc.constantFrom('REST', 'gRPC', 'Kafka', 'HTTP 2', 'pull', 'a:b', ' x', ''), fc.string({ maxLength: 10 })),
          props: edgeProps,
          suppress,
        }),
        { maxLength: ids.length ? 12 : 0 },
      ),
      title: text(20),
      description: text(20),
      requirements: fc.record({ latency: fc.constantFrom(...LATENCY_CLASSES), throughput: fc.integer({ min: 0, max: 10000 }), team: fc.constantFrom(...TEAMS) }, { requiredKeys: [] }),
      settings: fc.record({ relaxedLayering: fc.boolean(), syncChainMax: fc.integer({ min: 1, max: 9 }), patterns: fc.subarray([...PATTERNS]), severity: fc.dictionary(fc.constantFrom('graph/isolated', 'x'), fc.constantFrom('error', 'off' as const)) }, { requiredKeys: [] }),
    }),
  )
  .map((g) => {
    const nodes: DesignNode[] = [];
    for (const n of g.nodes) {
      const containers = nodes.filter((c) => isContainerKind(c.kind));
      const node: DesignNode = { id: n.id, kind: n.kind as KindId, label: n.label, position: { x: n.x, y: n.y }, properties: n.props };
      const size = kindDef(node.kind).size;
      if (size) node.size = { ...size };
      const pick = n.parentPick % (containers.length + 1);
      if (pick < containers.length) node.parent = containers[pick]!.id;
      if (n.suppress) node.suppress = n.suppress;
      nodes.push(node);
    }
    const edgeIds = new Set<string>();
    const edges: DesignEdge[] = [];
    for (const e of g.edges) {
      if (edgeIds.has(e.id) || !nodes.length) continue;
      edgeIds.add(e.id);
      const edge: DesignEdge = { id: e.id, source: nodes[e.s % nodes.length]!.id, target: nodes[e.t % nodes.length]!.id, label: e.label, timing: e.timing, delivery: e.delivery, processing: e.processing, protocol: e.protocol, properties: e.props };
      if (e.suppress) edge.suppress = e.suppress;
      edges.push(edge);
    }
    return { formatVersion: FORMAT_VERSION, metadata: { title: g.title, description: g.description }, nodes, edges, requirements: g.requirements, settings: g.settings } as Design;
  });

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const normalize = (d: Design) => ({ ...d, nodes: [...d.nodes].sort(byId) });

describe('Mermaid round trip', () => {
  beforeAll(async () => {
    await loadMermaid();
  });

  it('import(export(d)) equals d for generated designs', async () => {
    await fc.assert(
      fc.asyncProperty(designArb, async (generated) => {
        const valid = validateDesign(generated);
        expect(valid.ok, valid.ok ? '' : valid.error).toBe(true);
        if (!valid.ok) return;
        const d = valid.design;
        const { text } = exportMermaid(d);
        const back = await importMermaid(text, nodeFlowchartParser);
        expect(back.ok, back.ok ? '' : `${back.error}\n${text}`).toBe(true);
        if (!back.ok) return;
        expect(back.needsLayout).toBe(false);
        expect(normalize(back.design)).toEqual(normalize(d));
      }),
      { numRuns: Number(process.env.ARCHWAY_FC_RUNS ?? 100) },
    );
  });
});
