import type { CommandId } from '../../../shared/commands/catalog';

/** What every dialog receives from the host. */
export interface DialogProps {
  mac: boolean;
  /** Runs a command of the catalog (the command palette uses it). */
  run: (id: CommandId) => void;
}
