/** Every CLI command, once. */
import type { CliCommand } from '../types';

export const COMMANDS: CliCommand[] = [];
