/** Every CLI command, once. */
import type { CliCommand } from '../types';
import { exportCommand } from './export';
import { simulateCommand } from './simulate';

export const COMMANDS: CliCommand[] = [exportCommand, simulateCommand];
