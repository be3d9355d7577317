/** src/index.ts: starts the server, consumers, listeners and jobs; stops them on SIGTERM. */
import type { Package } from '../plan-types';
import { literal } from '../text';

export function mainModule(pkg: Package, has: { messaging: boolean; stores: boolean }): string {
  return [
    "import { forward } from './flow.js';",
    "import { startJobs } from './jobs.js';",
    ...(has.messaging ? ["import { startConsumers } from './messaging.js';"] : []),
    "import { createServer } from './server.js';",
    ...(has.stores ? ["import { startListeners } from './stores.js';"] : []),
    "import type { Stop } from './types.js';",
    '',
    'const port = Number(process.env.PORT ?? 8080);',
    `const server = createServer().listen(port, () => console.log(${literal(`${pkg.name} listening on port`)}, port));`,
    'const stops: Stop[] = [',
    ...(has.messaging ? ['  ...(await startConsumers(forward)),'] : []),
    ...(has.stores ? ['  ...(await startListeners(forward)),'] : []),
    '];',
    'const stopJobs = startJobs();',
    '',
    "process.once('SIGTERM', () => {",
    '  stopJobs();',
    '  void Promise.allSettled(stops.map((stop) => stop())).finally(() => server.close());',
    '});',
    '',
  ].join('\n');
}
