/** The files of one Python package, paths relative to the package folder (the API documents are added by ../generate.ts). */
import type { Package } from '../plan-types';
import { pyClientsModule } from './clients-module';
import { pyFlowModule } from './flow-module';
import { pyJobsModule } from './jobs-module';
import { pyMainModule } from './main-module';
import { pyMessagingModule } from './messaging-module';
import { PY_DOCKERFILE, PY_MESSAGES, requirementsTxt } from './package-files';
import { pyServerModule } from './server-module';
import { pyStoresModule } from './stores-module';

export function pyPackageFiles(pkg: Package): { path: string; content: string }[] {
  const messaging = pyMessagingModule(pkg);
  const stores = pyStoresModule(pkg);
  const files: [string, string | null][] = [
    ['requirements.txt', requirementsTxt(pkg)],
    ['Dockerfile', PY_DOCKERFILE],
    ['app/__init__.py', '"""Generated service package."""\n'],
    ['app/messages.py', PY_MESSAGES],
    ['app/flow.py', pyFlowModule(pkg)],
    ['app/server.py', pyServerModule(pkg)],
    ['app/clients.py', pyClientsModule(pkg)],
    ['app/messaging.py', messaging],
    ['app/stores.py', stores],
    ['app/jobs.py', pyJobsModule(pkg)],
    ['app/main.py', pyMainModule(pkg, { messaging: messaging !== null, stores: stores !== null })],
  ];
  return files.flatMap(([path, content]) => (content === null ? [] : [{ path, content }]));
}
