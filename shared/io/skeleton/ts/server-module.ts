/** src/server.ts: the express app with a route per incoming sync edge (the package's OpenAPI). */
import type { Package } from '../plan-types';
import { portsOf } from '../plan-types';
import { isAuthenticating } from '../openapi';
import { commentText, literal } from '../text';

export function serverModule(pkg: Package): string {
  const routes = portsOf(pkg, 'route').flatMap((r) => {
    const about = `// ${r.method} ${r.path}: ${commentText(r.edge.label || r.op)}, from ${commentText(r.caller)} (${r.edge.timing}, ${commentText(r.edge.protocol || 'HTTP')}). operationId ${r.op}.`;
    if (r.method === 'GET') {
      return [
        `  ${about}`,
        `  app.get(${literal(r.path)}, (req: Request, res: Response) => {`,
        '    const limit = Math.min(10_000, Math.max(1, Number(req.query.limit ?? 100) || 100));',
        '    res.json(latest(limit));',
        '  });',
        '',
      ];
    }
    return [
      `  ${about}`,
      `  app.post(${literal(r.path)}, async (req: Request, res: Response) => {`,
      '    const message = req.body as Message;',
      '    // TODO: validate the message and do this service\'s work.',
      r.accepted ? '    void forward(message).catch((err: unknown) => console.error(err));' : '    await forward(message);',
      `    res.status(${r.accepted ? 202 : 200}).json({ ok: true, result: { id: message.id } } satisfies Reply);`,
      '  });',
      '',
    ];
  });
  return [
    `import express, { ${isAuthenticating(pkg) ? 'type NextFunction, ' : ''}type Request, type Response } from 'express';`,
    "import { forward, latest } from './flow.js';",
    "import type { Message, Reply } from './types.js';",
    '',
    'export function createServer(): express.Express {',
    '  const app = express();',
    "  app.use(express.json({ limit: '1mb' }));",
    '',
    "  app.get('/health', (_req: Request, res: Response) => {",
    `    res.json({ ok: true, result: { service: ${literal(pkg.name)} } } satisfies Reply);`,
    '  });',
    '',
    ...(isAuthenticating(pkg)
      ? [
          '  // The gateway authenticates its callers (bearerAuth in openapi.yaml): every route below needs a token.',
          '  app.use((req: Request, res: Response, next: NextFunction) => {',
          "    if (!/^Bearer \\S+$/.test(req.get('authorization') ?? '')) {",
          '      res.status(401).json({ ok: false } satisfies Reply);',
          '      return;',
          '    }',
          '    // TODO: verify the token (signature, expiry, audience) with your identity provider.',
          '    next();',
          '  });',
          '',
        ]
      : []),
    ...routes,
    '  return app;',
    '}',
    '',
  ].join('\n');
}
