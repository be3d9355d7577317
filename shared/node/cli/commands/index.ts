/** Every CLI command, once. */
import type { CliCommand } from '../types';
import { exportCommand } from './export';

export const COMMANDS: CliCommand[] = [exportCommand];
