/**
 * Edge attributes and the six presets of DESIGN §2. A preset is data: adding one means one
 * `defineEdgePreset` entry in `EDGE_PRESETS`.
 */
export const TIMINGS = ['sync', 'async'] as const;
export const DELIVERIES = ['push', 'pull'] as const;
export const PROCESSINGS = ['stream', 'batch'] as const;
export type Timing = (typeof TIMINGS)[number];
export type Delivery = (typeof DELIVERIES)[number];
export type Processing = (typeof PROCESSINGS)[number];

/** Suggestions for the free-text protocol field. */
export const PROTOCOL_SUGGESTIONS = ['REST', 'gRPC', 'SOAP', 'Kafka', 'AMQP', 'SQL', 'file'] as const;

export interface EdgeAttributes {
  timing: Timing;
  delivery: Delivery;
  processing: Processing;
  protocol: string;
}

export interface EdgePresetDef<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly description: string;
  readonly attributes: EdgeAttributes;
}

export function defineEdgePreset<const Id extends string>(def: EdgePresetDef<Id>): EdgePresetDef<Id> {
  return def;
}

export const EDGE_PRESETS = [
  defineEdgePreset({ id: 'request-response', label: 'Request/response', description: 'The caller waits for the reply', attributes: { timing: 'sync', delivery: 'push', processing: 'stream', protocol: 'REST' } }),
  defineEdgePreset({ id: 'async-message', label: 'Async message', description: 'The producer sends and goes on', attributes: { timing: 'async', delivery: 'push', processing: 'stream', protocol: 'AMQP' } }),
  defineEdgePreset({ id: 'event-stream', label: 'Event stream', description: 'Events published to a streaming platform', attributes: { timing: 'async', delivery: 'push', processing: 'stream', protocol: 'Kafka' } }),
  defineEdgePreset({ id: 'poll', label: 'Poll', description: 'The consumer fetches from the source on an interval', attributes: { timing: 'sync', delivery: 'pull', processing: 'stream', protocol: '' } }),
  defineEdgePreset({ id: 'scheduled-trigger', label: 'Scheduled trigger', description: 'A job started on a schedule', attributes: { timing: 'async', delivery: 'push', processing: 'batch', protocol: '' } }),
  defineEdgePreset({ id: 'batch-load', label: 'Batch load', description: 'A job reads a whole batch from the source', attributes: { timing: 'sync', delivery: 'pull', processing: 'batch', protocol: '' } }),
] as const;

export type EdgePresetId = (typeof EDGE_PRESETS)[number]['id'];

export function edgePreset(id: EdgePresetId): EdgePresetDef<EdgePresetId> {
  const preset = EDGE_PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`Unknown edge preset "${id}"`);
  return preset;
}

/** The preset whose attributes an edge matches, if any (the inspector shows it). */
export function presetOf(attrs: EdgeAttributes): EdgePresetId | undefined {
  return EDGE_PRESETS.find(
    (p) =>
      p.attributes.timing === attrs.timing &&
      p.attributes.delivery === attrs.delivery &&
      p.attributes.processing === attrs.processing,
  )?.id;
}
