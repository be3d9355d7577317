import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from './commands/index';
import { runCli } from './main';
import { defineCommand, EXIT } from './types';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), cwd: process.cwd() });
  return { code, out, err };
}

/** A command that fails the way a bug would, registered for one test. */
function failing(name: string, error: () => unknown) {
  COMMANDS.push(defineCommand({ name, summary: '', usage: `archway ${name}`, run: async () => { throw error(); } }));
}

describe('runCli on failures nobody expected', () => {
  const before = COMMANDS.length;
  afterEach(() => {
    COMMANDS.length = before;
    delete process.env.ARCHWAY_DEBUG;
  });

  it('prints one line and exits 2, never 1 (which means problems found)', async () => {
    failing('boom', () => new TypeError("Cannot read properties of undefined (reading 'slice')\n    at fake (x.ts:1:1)"));
    const r = await run(['boom']);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.err).toBe("archway boom: internal error: TypeError: Cannot read properties of undefined (reading 'slice') at fake (x.ts:1:1) (run with ARCHWAY_DEBUG=1 for details)\n");
  });

  it('names a stack overflow as nesting too deep', async () => {
    failing('deep', () => new RangeError('Maximum call stack size exceeded'));
    const r = await run(['deep']);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.err).toBe('archway deep: the design is nested too deeply to process (call stack exceeded)\n');
  });

  it('adds the stack with ARCHWAY_DEBUG=1', async () => {
    failing('boom', () => new Error('broken'));
    process.env.ARCHWAY_DEBUG = '1';
    const r = await run(['boom']);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.err.split('\n')[0]).toBe('archway boom: internal error: broken');
    expect(r.err).toMatch(/\n\s+at /);
  });

  it('keeps terminal control characters from a file out of the message', async () => {
    failing('esc', () => new Error('id "\u001b]0;pwned\u0007" \r\nsecond line'));
    const r = await run(['esc']);
    expect(r.err).toBe('archway esc: internal error: id "?]0;pwned?" second line (run with ARCHWAY_DEBUG=1 for details)\n');
  });

  it('answers a non-Error throw too', async () => {
    failing('str', () => 'just a string');
    expect((await run(['str'])).err).toBe('archway str: internal error: just a string (run with ARCHWAY_DEBUG=1 for details)\n');
  });
});
