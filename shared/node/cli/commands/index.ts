/** Every CLI command, once. */
import type { CliCommand } from '../types';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { serveCommand } from './serve';
import { simulateCommand } from './simulate';

export const COMMANDS: CliCommand[] = [checkCommand, exportCommand, importCommand, simulateCommand, serveCommand];
