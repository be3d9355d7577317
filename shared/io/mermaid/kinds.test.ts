/**
 * Kind inference on real architecture diagrams written by others
 * (test-data/mermaid/architecture, hand-labelled in expected-kinds.json; `null` where no
 * specific kind fits). Prints and asserts the targets of issue 17: at least 95 % of the
 * specific kinds given are right, and at most 15 % of the nodes that have a specific kind are
 * left generic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMermaid } from '../../node/mermaid/env';
import { nodeFlowchartParser } from '../../node/mermaid/flowchart';
import { importMermaid } from './import';

const DIR = join(__dirname, '../../../test-data/mermaid/architecture');
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected-kinds.json'), 'utf8')) as Record<string, Record<string, string | null>>;

describe('kind inference on real architecture diagrams', () => {
  beforeAll(async () => {
    await loadMermaid();
  });

  it('gives right specific kinds and leaves few nodes generic', async () => {
    let specificGiven = 0;
    let specificRight = 0;
    let shouldBeSpecific = 0;
    let leftGeneric = 0;
    const wrong: string[] = [];
    for (const [file, labels] of Object.entries(EXPECTED)) {
      const r = await importMermaid(readFileSync(join(DIR, file), 'utf8'), nodeFlowchartParser);
      if (!r.ok) throw new Error(`${file}: ${r.error}`);
      const byId = new Map(r.design.nodes.map((n) => [n.id, n]));
      for (const [id, expected] of Object.entries(labels)) {
        const node = byId.get(id);
        if (!node) throw new Error(`${file}: no node ${id}`);
        const given = node.kind === 'component' ? null : node.kind;
        if (given !== null) {
          specificGiven++;
          if (given === expected) specificRight++;
          else wrong.push(`${file} ${id} "${node.label.replace(/\n/g, ' ')}": ${given}, expected ${expected ?? 'generic'}`);
        }
        if (expected !== null) {
          shouldBeSpecific++;
          if (given === null) {
            leftGeneric++;
            wrong.push(`${file} ${id} "${node.label.replace(/\n/g, ' ')}": left generic, expected ${expected}`);
          }
        }
      }
    }
    const right = specificRight / specificGiven;
    const generic = leftGeneric / shouldBeSpecific;
    console.log(`Kinds: ${specificRight} of ${specificGiven} specific kinds right (${(100 * right).toFixed(1)} %); ${leftGeneric} of ${shouldBeSpecific} nodes with a specific kind left generic (${(100 * generic).toFixed(1)} %)`);
    for (const w of wrong) console.log(`  ${w}`);
    expect(right).toBeGreaterThanOrEqual(0.95);
    expect(generic).toBeLessThanOrEqual(0.15);
  });
});
