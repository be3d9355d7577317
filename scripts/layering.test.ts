/**
 * The layer rule cannot go dead again (issue 14): a fixture of forbidden imports, laid out like the
 * repository in a temporary folder, must make `depcruise` with the real configuration report every
 * rule — and a file that keeps the rules must stay clean.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const config = createRequire(import.meta.url)(join(ROOT, '.dependency-cruiser.cjs')) as { forbidden: { name: string }[] };
const RULES = config.forbidden.map((r) => r.name);
const RANKED = RULES.filter((n) => n.startsWith('engine-rank-')).map((n) => n.slice('engine-rank-'.length));

/** Files by path; each forbidden one names the rule it must break. */
const targets: Record<string, string> = {
  'shared/io/thing.ts': 'export const io = 1;',
  'shared/sim/thing.ts': 'export const sim = 1;',
  'shared/model/thing.ts': 'export const model = 1;',
  'shared/node/thing.ts': 'export const node = 1;',
  'shared/testing/builder.ts': 'export const build = 1;',
  'renderer/thing.ts': 'export const view = 1;',
  // The other half of the cycle (depcruise reports a cycle once, from one of its files).
  'shared/graph/cycle-b.ts': "import { a } from './cycle-a';\nexport const b = () => a;",
  'electron/thing.ts': 'export const shell = 1;',
};
const forbidden: { file: string; source: string; rule: string }[] = [
  { file: 'shared/rules/uses-react.ts', source: "import { useState } from 'react';\nexport const x = useState;", rule: 'engine-packages' },
  { file: 'shared/sim/uses-fs.ts', source: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", rule: 'engine-no-node-builtins' },
  { file: 'shared/rules/uses-sim.ts', source: "import { sim } from '../sim/thing';\nexport const x = sim;", rule: 'engine-rank-rules' },
  { file: 'shared/io/uses-renderer.ts', source: "import { view } from '../../renderer/thing';\nexport const x = view;", rule: 'engine-not-adapters' },
  { file: 'shared/node/uses-uplot.ts', source: "import uPlot from 'uplot';\nexport const x = uPlot;", rule: 'engine-node-packages' },
  { file: 'renderer/uses-electron-package.ts', source: "import { app } from 'electron';\nexport const x = app;", rule: 'renderer-packages' },
  { file: 'renderer/uses-shell.ts', source: "import { shell } from '../electron/thing';\nexport const x = shell;", rule: 'renderer-not-electron' },
  { file: 'renderer/uses-fs.ts', source: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", rule: 'renderer-no-node-builtins' },
  { file: 'electron/uses-react.ts', source: "import { useState } from 'react';\nexport const x = useState;", rule: 'electron-packages' },
  { file: 'electron/uses-renderer.ts', source: "import { view } from '../renderer/thing';\nexport const x = view;", rule: 'electron-not-renderer' },
  { file: 'shared/graph/uses-testing.ts', source: "import { build } from '../testing/builder';\nexport const x = build;", rule: 'testing-is-for-tests' },
  { file: 'shared/graph/uses-missing.ts', source: "import { pad } from 'left-pad-that-is-not-installed';\nexport const x = pad;", rule: 'no-unresolvable' },
  { file: 'shared/graph/cycle-a.ts', source: "import { b } from './cycle-b';\nexport const a = () => b;", rule: 'no-circular' },
  { file: 'renderer/uses-e2e.ts', source: "import { helper } from '../e2e/helper';\nexport const x = helper;", rule: 'nothing-imports-e2e' },
  // Every ranked engine folder importing the top of the engine (shared/node) breaks its own rank rule.
  ...RANKED.map((folder) => ({ file: `shared/${folder}/uses-node.ts`, source: "import { node } from '../node/thing';\nexport const x = node;", rule: `engine-rank-${folder}` })),
];
const clean: Record<string, string> = {
  'shared/rules/fine.ts': "import { z } from 'zod';\nimport { model } from '../model/thing';\nexport const x = [z, model];",
  'shared/node/fine.ts': "import { readFileSync } from 'node:fs';\nimport { io } from '../io/thing';\nexport const x = [readFileSync, io];",
  'renderer/fine.ts': "import { useState } from 'react';\nimport { model } from '../shared/model/thing';\nexport const x = [useState, model];",
  'e2e/helper.ts': 'export const helper = 1;',
};

interface Violation {
  from: string;
  rule: { name: string };
}

let dir = '';
let violations: Violation[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'archway-layering-'));
  for (const [file, source] of Object.entries({ ...targets, ...clean, ...Object.fromEntries(forbidden.map((f) => [f.file, f.source])) })) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `${source}\n`);
  }
  cpSync(join(ROOT, 'tsconfig.base.json'), join(dir, 'tsconfig.base.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  let out: string;
  try {
    out = execFileSync(process.execPath, [join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'shared', 'renderer', 'electron', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    // depcruise exits non-zero when it finds violations, which is the point here.
    out = (e as { stdout: string }).stdout;
  }
  violations = (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the layer rule', () => {
  it('reports every forbidden import of the fixture under the rule it breaks', () => {
    const found = new Set(violations.map((v) => `${v.rule.name} ${v.from}`));
    for (const f of forbidden) expect(found, `${f.file} should break ${f.rule}`).toContain(`${f.rule} ${f.file}`);
  });

  it('has no rule that the fixture leaves unexercised', () => {
    const fired = new Set(violations.map((v) => v.rule.name));
    expect(RULES.filter((r) => !fired.has(r))).toEqual([]);
  });

  it('passes the imports the layers allow', () => {
    const flagged = violations.filter((v) => Object.keys(clean).includes(v.from) || (Object.keys(targets).includes(v.from) && v.rule.name !== 'no-circular'));
    expect(flagged).toEqual([]);
  });
});
