/** app/main.py: the FastAPI app; starts consumers, listeners and jobs in its lifespan. */
import type { Package } from '../plan-types';
import { commentText, literal } from '../text';

export function pyMainModule(pkg: Package, has: { messaging: boolean; stores: boolean }): string {
  return [
    `"""${commentText(pkg.label)} (${pkg.kind}): run with \`uvicorn app.main:app\`."""`,
    'import asyncio',
    'from collections.abc import AsyncIterator',
    'from contextlib import asynccontextmanager',
    '',
    'from fastapi import FastAPI',
    '',
    'from .flow import forward',
    'from .jobs import start_jobs',
    'from .messages import Stop',
    ...(has.messaging ? ['from .messaging import start_consumers'] : []),
    'from .server import router',
    ...(has.stores ? ['from .stores import start_listeners'] : []),
    '',
    '',
    '@asynccontextmanager',
    'async def lifespan(_app: FastAPI) -> AsyncIterator[None]:',
    '    stops: list[Stop] = []',
    ...(has.messaging ? ['    stops += await start_consumers(forward)'] : []),
    ...(has.stores ? ['    stops += await start_listeners(forward)'] : []),
    '    jobs = start_jobs()',
    '    yield',
    '    for job in jobs:',
    '        job.cancel()',
    '    await asyncio.gather(*(stop() for stop in stops), return_exceptions=True)',
    '',
    '',
    `app = FastAPI(title=${literal(commentText(pkg.label))}, version="0.1.0", lifespan=lifespan)`,
    'app.include_router(router)',
    '',
  ].join('\n');
}
