/**
 * One AsyncAPI 3.0 document per package that produces or consumes messages: a server per
 * broker or queue, a channel per topic or queue, a `send` operation per producer and a
 * `receive` operation per consumer.
 */
import { portsOf, type Package } from './plan-types';
import { MESSAGE_SCHEMAS } from './schemas';
import { commentText } from './text';
import type { YamlValue } from './yaml';

const PROTOCOL = { kafka: 'kafka', amqp: 'amqp' } as const;

/** Null when the package has no messaging ports. */
export function asyncApiDocument(pkg: Package): YamlValue | null {
  const ports = [...portsOf(pkg, 'publish'), ...portsOf(pkg, 'consume')];
  if (ports.length === 0) return null;
  const servers: Record<string, YamlValue> = {};
  const channels: Record<string, YamlValue> = {};
  const operations: Record<string, YamlValue> = {};
  for (const port of ports) {
    const { infra, key, address } = port.channel;
    const server = infra.name.replace(/-/g, '_');
    const protocol = infra.tech === 'kafka' ? PROTOCOL.kafka : PROTOCOL.amqp;
    servers[server] = { host: infra.url.replace(/^[a-z]+:\/\/([^@]*@)?/, '').replace(/\/.*$/, ''), protocol, description: commentText(infra.label) };
    channels[key] = {
      address,
      description: infra.fanout ? 'Every consumer receives every message' : 'Each message goes to one consumer',
      servers: [{ $ref: `#/servers/${server}` }],
      messages: { message: { $ref: '#/components/messages/Message' } },
    };
    operations[port.op] = {
      action: port.type === 'publish' ? 'send' : 'receive',
      summary: commentText(`${port.edge.label || port.op} (${port.edge.timing} ${port.edge.delivery}, ${port.edge.protocol || protocol})`),
      channel: { $ref: `#/channels/${key}` },
      messages: [{ $ref: `#/channels/${key}/messages/message` }],
    };
  }
  return {
    asyncapi: '3.0.0',
    info: { title: commentText(pkg.label), version: '0.1.0', description: `Messages of the ${pkg.kind} "${commentText(pkg.label)}".` },
    servers,
    channels,
    operations,
    components: {
      messages: { Message: { name: 'Message', contentType: 'application/json', payload: { $ref: '#/components/schemas/Message' } } },
      schemas: { Message: MESSAGE_SCHEMAS.Message! },
    },
  };
}
