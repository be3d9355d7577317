/**
 * The skeleton's OpenAPI documents pass Redocly's recommended ruleset (`@redocly/cli lint
 * --extends recommended`) with no errors and no warnings: security declared (the gateway's
 * bearer token, none elsewhere), a client-error response on every operation, a licence, no
 * unused components. One lint run over every document of every pattern design.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateSkeleton } from './generate';
import { PATTERN_DESIGNS } from './testing/pattern-designs';

const REDOCLY = fileURLToPath(new URL('../../../node_modules/.bin/redocly', import.meta.url));

describe('OpenAPI documents of the skeleton', () => {
  it('pass Redocly lint (recommended) with no errors and no warnings, and the gateway declares bearer auth', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'archway-openapi-'));
    try {
      const docs: string[] = [];
      let gateways = 0;
      for (const [name, make] of Object.entries(PATTERN_DESIGNS)) {
        for (const f of generateSkeleton(make(), { lang: 'ts' }).files.filter((x) => x.path.endsWith('openapi.yaml'))) {
          const path = join(dir, name, f.path);
          await mkdir(dirname(path), { recursive: true });
          await writeFile(path, f.content);
          docs.push(path);
          if (f.content.includes('bearerAuth')) {
            gateways++;
            expect(f.content).toMatch(/securitySchemes:\s*\n\s*bearerAuth:/);
          }
        }
      }
      expect(docs.length).toBeGreaterThan(5);
      expect(gateways).toBeGreaterThan(0);
      const out = await new Promise<string>((res, rej) =>
        execFile(REDOCLY, ['lint', '--extends', 'recommended', '--format', 'stylish', ...docs], { timeout: 240_000, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } }, (err, stdout, stderr) =>
          err && !stdout ? rej(new Error(`${err.message}\n${stderr}`)) : res(`${stdout}\n${stderr}`),
        ),
      );
      const findings = out.split('\n').filter((l) => /\s(error|warning)\s/.test(l));
      expect(findings, out).toEqual([]);
      expect(out).toMatch(/valid|Woohoo/i);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
