/** Every CLI command, once. */
import type { CliCommand } from '../types';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { serveCommand } from './serve';
import { simulateCommand } from './simulate';
import { sizeCommand } from './size';

export const COMMANDS: CliCommand[] = [checkCommand, exportCommand, importCommand, simulateCommand, sizeCommand, serveCommand];
