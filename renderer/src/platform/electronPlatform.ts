import type { ArchwayApi } from '../../../shared/ipc/contract';
import type { Platform } from './types';

export function electronPlatform(api: ArchwayApi): Platform {
  return {
    kind: 'electron',
    mac: api.platform === 'darwin',
    async openFile() {
      const r = await api.openFile({});
      return r.canceled ? undefined : { name: r.file.name, text: r.text, token: r.file.token, mtimeMs: r.file.mtimeMs };
    },
    async saveFile(req) {
      const r = await api.saveFile(req);
      if (r.canceled) return { status: 'canceled' };
      if (r.conflict) return { status: 'conflict' };
      return { status: 'saved', name: r.file.name, token: r.file.token, mtimeMs: r.file.mtimeMs, verified: r.verified };
    },
    setDocumentState(title, dirty) {
      void api.setDocumentState({ title, dirty });
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onOpenRecent: (listener) => api.onOpenRecent(listener),
    saveDraft: (draft) => api.saveDraft(draft),
    listDrafts: () => api.listDrafts({}),
    discardDraft: (draftId) => api.discardDraft({ draftId }),
    async exportFile(data, fileName) {
      const r = await api.exportFile({ suggestedName: fileName, data: typeof data === 'string' ? data : new Uint8Array(await data.arrayBuffer()) });
      return !r.canceled;
    },
    openWindow: () => void api.openWindow({}),
    listRecent: () => api.listRecent({}),
    async openRecent(token) {
      const r = await api.openRecent({ token });
      return { name: r.file.name, text: r.text, token: r.file.token, mtimeMs: r.file.mtimeMs };
    },
  };
}
