/**
 * Registers one IPC handler per channel of the contract. Every call is checked: the sender
 * frame must be the app's own page, and the payload must pass the channel's schema.
 */
import { CHANNEL_PREFIX, CHANNELS, CONTRACT, type Channel, type Request, type Response } from '../../shared/ipc/contract';

/** Which window asked (its webContents id), for handlers that act on the sender's window. */
export interface IpcContext {
  senderId: number;
}

export type Handlers = { [C in Channel]: (request: Request<C>, ctx: IpcContext) => Promise<Response<C>> };

export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null; sender?: { id: number } }, payload: unknown) => Promise<unknown>): void;
}

/** The app's page: its custom protocol in production, the dev server while developing. */
export function isTrustedUrl(url: string | undefined, devServerUrl?: string): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'app:' && parsed.host === 'archway') return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return parsed.origin === dev.origin;
  }
  return false;
}

export function registerIpcHandlers(ipc: IpcMainLike, handlers: Handlers, isTrusted: (url: string | undefined) => boolean): void {
  for (const channel of CHANNELS) {
    ipc.handle(CHANNEL_PREFIX + channel, async (event, payload) => {
      const url = event.senderFrame?.url;
      if (!isTrusted(url)) throw new Error(`IPC ${channel} refused: untrusted sender ${String(url).slice(0, 100)}`);
      const parsed = CONTRACT[channel].request.safeParse(payload);
      if (!parsed.success) throw new Error(`IPC ${channel} refused: invalid payload (${parsed.error.issues[0]?.message ?? 'schema'})`);
      const handler = handlers[channel] as (r: unknown, ctx: IpcContext) => Promise<unknown>;
      return handler(parsed.data, { senderId: event.sender?.id ?? -1 });
    });
  }
}
