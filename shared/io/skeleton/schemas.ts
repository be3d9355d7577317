/**
 * The payload every generated route, client, producer and consumer exchanges: one envelope,
 * so a skeleton runs end to end before anyone designs real payloads. JSON Schema 2020-12
 * (what OpenAPI 3.1 uses); AsyncAPI's default schema format accepts the same keywords.
 */
import type { YamlValue } from './yaml';

export const MESSAGE_SCHEMAS: { [name: string]: YamlValue } = {
  Message: {
    type: 'object',
    required: ['id', 'sentAt', 'payload'],
    properties: {
      id: { type: 'string' },
      sentAt: { type: 'string', format: 'date-time' },
      payload: { type: 'object', additionalProperties: true },
    },
  },
  MessageList: { type: 'array', items: { $ref: '#/components/schemas/Message' } },
  Reply: {
    type: 'object',
    required: ['ok'],
    properties: { ok: { type: 'boolean' }, result: { type: 'object', additionalProperties: true } },
  },
};
