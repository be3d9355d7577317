/** The files of one TypeScript package, paths relative to the package folder (the API documents are added by ../generate.ts). */
import type { Package } from '../plan-types';
import { clientsModule } from './clients-module';
import { flowModule } from './flow-module';
import { jobsModule } from './jobs-module';
import { mainModule } from './main-module';
import { messagingModule } from './messaging-module';
import { packageJson, TS_DOCKERFILE, tsconfigJson } from './package-files';
import { serverModule } from './server-module';
import { storesModule } from './stores-module';
import { TS_TYPES } from './types-module';

export function tsPackageFiles(pkg: Package): { path: string; content: string }[] {
  const messaging = messagingModule(pkg);
  const stores = storesModule(pkg);
  const clients = clientsModule(pkg);
  const files: [string, string | null][] = [
    ['package.json', packageJson(pkg)],
    ['tsconfig.json', tsconfigJson()],
    ['Dockerfile', TS_DOCKERFILE],
    ['src/types.ts', TS_TYPES],
    ['src/flow.ts', flowModule(pkg)],
    ['src/server.ts', serverModule(pkg)],
    ['src/clients.ts', clients],
    ['src/messaging.ts', messaging],
    ['src/stores.ts', stores],
    ['src/jobs.ts', jobsModule(pkg)],
    ['src/index.ts', mainModule(pkg, { messaging: messaging !== null, stores: stores !== null })],
  ];
  return files.flatMap(([path, content]) => (content === null ? [] : [{ path, content }]));
}
