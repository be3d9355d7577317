import { describe, expect, it } from 'vitest';
import { CHANNEL_PREFIX, CHANNELS } from '../../shared/ipc/contract';
import { isTrustedUrl, registerIpcHandlers, type Handlers } from './ipc';

function fakeIpc() {
  const handlers = new Map<string, (event: { senderFrame: { url: string } | null }, payload: unknown) => Promise<unknown>>();
  return { handle: (c: string, l: never) => void handlers.set(c, l), handlers };
}

const calls: unknown[] = [];
const handlers: Handlers = {
  openFile: async (r) => (calls.push(r), { canceled: true }),
  saveFile: async (r) => (calls.push(r), { canceled: true }),
  setDocumentState: async (r) => void calls.push(r),
  saveDraft: async (r) => void calls.push(r),
  listDrafts: async (r) => (calls.push(r), []),
  discardDraft: async (r) => void calls.push(r),
  listRecent: async (r) => (calls.push(r), []),
  openWindow: async (r) => void calls.push(r),
  openRecent: async () => {
    throw new Error('unknown');
  },
  chooseFolder: async (r) => (calls.push(r), { canceled: true }),
  writeSkeleton: async (r) => (calls.push(r), { ok: false, reason: 'not-empty', folder: 'x' }),
  exportFile: async (r) => (calls.push(r), { canceled: false, name: 'x.png' }),
};

describe('registerIpcHandlers', () => {
  const ipc = fakeIpc();
  registerIpcHandlers(ipc, handlers, (url) => isTrustedUrl(url));
  const call = (channel: string, url: string | null, payload: unknown) => ipc.handlers.get(CHANNEL_PREFIX + channel)!(url === null ? { senderFrame: null } : { senderFrame: { url } }, payload);

  it('registers exactly the contract channels', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(CHANNELS.map((c) => CHANNEL_PREFIX + c).sort());
  });

  it('passes validated payloads from the app page', async () => {
    await expect(call('setDocumentState', 'app://archway/index.html', { title: 't', dirty: true })).resolves.toBeUndefined();
    expect(calls.at(-1)).toEqual({ title: 't', dirty: true });
  });

  it('refuses untrusted senders', async () => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', null]) {
      await expect(call('openFile', url, {})).rejects.toThrow(/untrusted sender/);
    }
  });

  it('refuses payloads that fail the schema', async () => {
    await expect(call('discardDraft', 'app://archway/index.html', { draftId: '../../.bashrc' })).rejects.toThrow(/invalid payload/);
    await expect(call('saveFile', 'app://archway/index.html', { path: '/etc/passwd', text: 'x' })).rejects.toThrow(/invalid payload/);
    await expect(call('openFile', 'app://archway/index.html', { path: '/etc/passwd' })).rejects.toThrow(/invalid payload/);
    await expect(call('exportFile', 'app://archway/index.html', { suggestedName: 'a.png', data: 42 })).rejects.toThrow(/invalid payload/);
    await expect(call('exportFile', 'app://archway/index.html', { suggestedName: 'a.png', data: 'x', path: '/tmp/a.png' })).rejects.toThrow(/invalid payload/);
  });

  it('takes exports as text or bytes', async () => {
    await expect(call('exportFile', 'app://archway/index.html', { suggestedName: 'a.png', data: new Uint8Array([137, 80]) })).resolves.toEqual({ canceled: false, name: 'x.png' });
    await expect(call('exportFile', 'app://archway/index.html', { suggestedName: 'a.mmd', data: 'flowchart TB' })).resolves.toEqual({ canceled: false, name: 'x.png' });
  });
});

describe('isTrustedUrl', () => {
  it('trusts the dev server only when it is running', () => {
    expect(isTrustedUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedUrl('http://localhost:5173/')).toBe(false);
    expect(isTrustedUrl('not a url')).toBe(false);
  });
});
