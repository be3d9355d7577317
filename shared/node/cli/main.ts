/** `archway <command> ...` (DESIGN §6). */
import { COMMANDS } from './commands/index';
import { EXIT, UsageError, type CliIO } from './types';
import { LoadError } from './load';

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(['Usage: archway <command> [options]', '', ...COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`)].join('\n') + '\n');
    return name ? EXIT.ok : EXIT.badInput;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`archway: unknown command "${name}" (try: ${COMMANDS.map((c) => c.name).join(', ')})\n`);
    return EXIT.badInput;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`archway ${name}: ${err.message}\nusage: ${cmd.usage}\n`);
      return EXIT.badInput;
    }
    if (err instanceof LoadError) {
      io.err(`archway ${name}: ${err.message}\n`);
      return EXIT.badInput;
    }
    throw err;
  }
}

export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  });
  process.exitCode = code;
}
