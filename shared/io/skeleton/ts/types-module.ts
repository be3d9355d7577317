/** src/types.ts: the message envelope (see ../schemas.ts, the same shape in OpenAPI and AsyncAPI). */
export const TS_TYPES = `import { randomUUID } from 'node:crypto';

/** The envelope every route, client, producer and consumer exchanges (components.schemas.Message). */
export interface Message {
  id: string;
  /** ISO 8601 date-time. */
  sentAt: string;
  payload: Record<string, unknown>;
}

/** What a route answers (components.schemas.Reply). */
export interface Reply {
  ok: boolean;
  result?: Record<string, unknown>;
}

export type Handler = (message: Message) => Promise<void>;

/** Something to stop on shutdown. */
export type Stop = () => Promise<void>;

export function newMessage(payload: Record<string, unknown> = {}): Message {
  return { id: randomUUID(), sentAt: new Date().toISOString(), payload };
}
`;
