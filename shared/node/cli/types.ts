/** A CLI command (DESIGN §6). Add one by writing a module under commands/ and listing it in commands/index.ts. */
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
}

export interface CliCommand {
  name: string;
  /** One line for `archway --help`. */
  summary: string;
  usage: string;
  /** Returns the exit code: 0 success, 1 findings (check), 2 bad input or usage. */
  run: (args: string[], io: CliIO) => Promise<number>;
}

export function defineCommand(cmd: CliCommand): CliCommand {
  return cmd;
}

/** Exit codes are part of the contract (DESIGN §6). */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;

export class UsageError extends Error {}

/** Minimal flag parser: `--name value`, `--flag`, positionals. */
export function parseArgs(args: string[], spec: { values?: string[]; flags?: string[] }): { positionals: string[]; values: Record<string, string>; flags: Set<string> } {
  const positionals: string[] = [];
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (spec.values?.includes(name)) {
        const v = inline ?? args[++i];
        if (v === undefined) throw new UsageError(`--${name} needs a value`);
        values[name] = v;
      } else if (spec.flags?.includes(name)) flags.add(name);
      else throw new UsageError(`unknown option --${name}`);
    } else positionals.push(a);
  }
  return { positionals, values, flags };
}
