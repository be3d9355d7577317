/**
 * One OpenAPI 3.1 document per package: its health route and every route the design's sync
 * edges (and external callers) give it. Clients in other packages are generated from the
 * same routes, so the document is the contract between both ends. It passes Redocly's
 * recommended ruleset: an API gateway authenticates its callers (DESIGN §2: load balancing,
 * authentication, rate limiting), so its routes declare a bearer token, which its server
 * checks; other packages are reached inside the deployment and declare no authentication;
 * health is always open. Every operation lists the client errors it can answer.
 */
import { portsOf, SERVICE_PORT, type Package } from './plan-types';
import { MESSAGE_SCHEMAS } from './schemas';
import { commentText } from './text';
import type { YamlValue } from './yaml';

/** Does the package authenticate its callers (an API gateway)? Its server checks a bearer token. */
export function isAuthenticating(pkg: Package): boolean {
  return pkg.kind === 'api-gateway';
}

const json = (schema: string): YamlValue => ({ 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } });

export function openApiDocument(pkg: Package): YamlValue {
  const paths: Record<string, YamlValue> = {
    '/health': {
      get: { operationId: 'health', summary: 'Liveness probe', responses: { '200': { description: 'The service is up', content: json('Reply') } } },
    },
  };
  const gateway = isAuthenticating(pkg);
  const clientError = (extra: string): Record<string, YamlValue> => ({
    ...(gateway ? { '401': { description: 'No bearer token was given', content: json('Reply') } } : {}),
    '4XX': { description: `The request was refused (${extra})` },
  });
  paths['/health'] = {
    get: { operationId: 'health', summary: 'Liveness probe', security: [], responses: { '200': { description: 'The service is up', content: json('Reply') }, '4XX': { description: 'The request was refused (wrong method)' } } },
  };
  for (const r of portsOf(pkg, 'route')) {
    const summary = commentText(`${r.edge.label || r.op} (from ${r.caller}; ${r.edge.timing}, ${r.edge.protocol || 'HTTP'})`);
    const status = r.accepted ? '202' : '200';
    const reply = { [status]: { description: r.accepted ? 'Accepted for asynchronous processing' : 'Processed', content: json('Reply') } };
    paths[r.path] =
      r.method === 'GET'
        ? { get: { operationId: r.op, summary, parameters: [{ name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 10000 } }], responses: { '200': { description: 'Latest messages', content: json('MessageList') }, ...clientError('a malformed query') } } }
        : { post: { operationId: r.op, summary, requestBody: { required: true, content: json('Message') }, responses: { ...reply, ...clientError('a body that is not a JSON message') } } };
  }
  // Only the schemas some operation uses (Redocly: no unused components); MessageList refers to Message.
  const used = JSON.stringify(paths);
  const schemas = Object.fromEntries(Object.entries(MESSAGE_SCHEMAS).filter(([name]) => used.includes(`#/components/schemas/${name}`) || (name === 'Message' && used.includes('MessageList'))));
  return {
    openapi: '3.1.0',
    info: {
      title: commentText(pkg.label),
      version: '0.1.0',
      description: `Generated from the ${pkg.kind} "${commentText(pkg.label)}".`,
      // Generated code carries no licence until its owners choose one.
      license: { name: 'Proprietary (no licence granted yet)', url: 'https://choosealicense.com/no-permission/' },
    },
    servers: [{ url: `http://${pkg.name}:${SERVICE_PORT}` }],
    security: gateway ? [{ bearerAuth: [] }] : [],
    paths,
    components: {
      schemas,
      ...(gateway ? { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'The gateway authenticates its callers; verify the token with your identity provider.' } } } : {}),
    },
  };
}
