/**
 * `archway <command> ...` (DESIGN §6). Every failure ends here as one line on stderr and exit
 * code 2 (EXIT.badInput), never a stack trace: a stack means nothing to someone whose file is
 * bad, and exit 1 means "problems found" to CI. `ARCHWAY_DEBUG=1` adds the stack of an
 * unexpected error, for whoever fixes it.
 */
import { COMMANDS } from './commands/index';
import { EXIT, UsageError, type CliIO } from './types';
import { LoadError } from './load';

/** One line, without terminal control characters (a file's ids and labels reach these messages). */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?').trim();
}

const debugging = (): boolean => process.env.ARCHWAY_DEBUG === '1';

/** The one line for an error no command expected (a bug, or a limit a command does not check yet). */
export function describeUnexpected(err: unknown): string {
  if (err instanceof RangeError && /call stack/i.test(err.message)) return 'the design is nested too deeply to process (call stack exceeded)';
  const message = err instanceof Error ? `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}` : String(err);
  return `internal error: ${oneLine(message).slice(0, 300)}${debugging() ? '' : ' (run with ARCHWAY_DEBUG=1 for details)'}`;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(['Usage: archway <command> [options]', '', ...COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`)].join('\n') + '\n');
    return name ? EXIT.ok : EXIT.badInput;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`archway: unknown command "${oneLine(name).slice(0, 80)}" (try: ${COMMANDS.map((c) => c.name).join(', ')})\n`);
    return EXIT.badInput;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`archway ${name}: ${oneLine(err.message)}\nusage: ${cmd.usage}\n`);
      return EXIT.badInput;
    }
    if (err instanceof LoadError) {
      io.err(`archway ${name}: ${oneLine(err.message)}\n`);
      return EXIT.badInput;
    }
    io.err(`archway ${name}: ${describeUnexpected(err)}\n`);
    if (debugging() && err instanceof Error && err.stack) io.err(`${err.stack}\n`);
    return EXIT.badInput;
  }
}

export async function main(): Promise<void> {
  // Errors outside the command's promise (a timer, a stream) get the same one line.
  const fatal = (err: unknown): void => {
    process.stderr.write(`archway: ${describeUnexpected(err)}\n`);
    if (debugging() && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    process.exit(EXIT.badInput);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  // `archway check x | head` closes the pipe early: stop quietly, as other CLIs do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' ? process.exit(process.exitCode ?? EXIT.ok) : fatal(err)));
  const code = await runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  });
  process.exitCode = code;
}
