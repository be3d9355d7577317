/**
 * Mermaid export and import time for a 1,000-node design (DESIGN §7 target: export under
 * 50 ms). Import is split into mermaid's own parse (jsdom + mermaid's parser) and Archway's
 * reading of the parsed flowchart, so a slow figure shows whose time it is.
 */
import type { BenchSection } from '../index';
import { ms, table, timeMedian } from '../util';
import { EDGE_PRESETS } from '../../shared/catalog/edges';
import { isContainerKind, KINDS } from '../../shared/catalog/kinds';
import type { Design } from '../../shared/model/schema';
import { exportMermaid } from '../../shared/io/mermaid/export';
import type { FlowchartParser, ParsedDiagram } from '../../shared/io/mermaid/flowchart';
import { importMermaid } from '../../shared/io/mermaid/import';
import { nodeFlowchartParser } from '../../shared/node/mermaid/flowchart';
import { design } from '../../shared/testing/builder';

/** `components` nodes of every component kind in 10 layers, about 1.5 edges per node. */
function generate(components: number): Design {
  const kinds = KINDS.filter((k) => !isContainerKind(k.id) && !k.annotation).map((k) => k.id);
  const b = design().title('Mermaid bench');
  const layers = 10;
  for (let l = 0; l < layers; l++) b.layer(`layer${l}`, l + 1, { label: `Layer ${l + 1}` });
  for (let i = 0; i < components; i++) {
    b.node(`n${i}`, kinds[i % kinds.length]!, { parent: `layer${i % layers}`, label: `Component ${i} "quoted" <b>#${i}</b>`, props: i % 3 ? {} : { replicas: 2 } });
  }
  for (let i = 1; i < components; i++) {
    b.edge(`n${i}`, `n${(i * 7) % i}`, EDGE_PRESETS[i % EDGE_PRESETS.length]!.id, { label: i % 2 ? `call ${i}` : '' });
    if (i % 2 === 0) b.edge(`n${i}`, `n${(i * 13) % components}`, 'event-stream');
  }
  return b.build();
}

async function medianAsync(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  await fn();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Hands back one parse result, so the import can be timed without mermaid's share. */
const cached = (parsed: ParsedDiagram): FlowchartParser => ({ parse: async () => parsed });

export default {
  name: 'mermaid',
  async run() {
    const rows: Record<string, string | number>[] = [];
    for (const components of [1000]) {
      const d = generate(components);
      const { text } = exportMermaid(d);
      const plain = text.replace(/^%% archway: .*$/m, '');
      const exportTime = timeMedian(() => exportMermaid(d), 11, 3);
      const parseTime = await medianAsync(5, () => nodeFlowchartParser.parse(text));
      const parsed = await nodeFlowchartParser.parse(text);
      const readTime = await medianAsync(5, () => importMermaid(text, cached(parsed)));
      const importTime = await medianAsync(5, () => importMermaid(text, nodeFlowchartParser));
      const parsedPlain = await nodeFlowchartParser.parse(plain);
      const plainRead = await medianAsync(5, () => importMermaid(plain, cached(parsedPlain)));
      const back = await importMermaid(text, nodeFlowchartParser);
      rows.push({
        nodes: d.nodes.length,
        edges: d.edges.length,
        'text KB': Math.round(text.length / 1024),
        export: ms(exportTime),
        'export target': '50 ms',
        'import (total)': ms(importTime),
        'mermaid parse': ms(parseTime),
        'archway read': ms(readTime),
        'read, no block': ms(plainRead),
        'round trip ok': back.ok && back.design.nodes.length === d.nodes.length && back.design.edges.length === d.edges.length ? 'yes' : 'NO',
      });
    }
    table(rows);
  },
} satisfies BenchSection;
