/**
 * One OpenAPI 3.1 document per package: its health route and every route the design's sync
 * edges (and external callers) give it. Clients in other packages are generated from the
 * same routes, so the document is the contract between both ends.
 */
import { portsOf, SERVICE_PORT, type Package } from './plan-types';
import { MESSAGE_SCHEMAS } from './schemas';
import { commentText } from './text';
import type { YamlValue } from './yaml';

const json = (schema: string): YamlValue => ({ 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } });

export function openApiDocument(pkg: Package): YamlValue {
  const paths: Record<string, YamlValue> = {
    '/health': {
      get: { operationId: 'health', summary: 'Liveness probe', responses: { '200': { description: 'The service is up', content: json('Reply') } } },
    },
  };
  for (const r of portsOf(pkg, 'route')) {
    const summary = commentText(`${r.edge.label || r.op} (from ${r.caller}; ${r.edge.timing}, ${r.edge.protocol || 'HTTP'})`);
    const status = r.accepted ? '202' : '200';
    const reply = { [status]: { description: r.accepted ? 'Accepted for asynchronous processing' : 'Processed', content: json('Reply') } };
    paths[r.path] =
      r.method === 'GET'
        ? { get: { operationId: r.op, summary, parameters: [{ name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 10000 } }], responses: { '200': { description: 'Latest messages', content: json('MessageList') } } } }
        : { post: { operationId: r.op, summary, requestBody: { required: true, content: json('Message') }, responses: reply } };
  }
  return {
    openapi: '3.1.0',
    info: { title: commentText(pkg.label), version: '0.1.0', description: `Generated from the ${pkg.kind} "${commentText(pkg.label)}".` },
    servers: [{ url: `http://${pkg.name}:${SERVICE_PORT}` }],
    paths,
    components: { schemas: MESSAGE_SCHEMAS },
  };
}
