import type { ArchwayApi } from '../../../shared/ipc/contract';
import type { Platform } from './types';

export function electronPlatform(api: ArchwayApi): Platform {
  return {
    kind: 'electron',
    mac: api.platform === 'darwin',
    async openFile() {
      const r = await api.openFile({});
      return r.canceled ? undefined : { name: r.file.name, text: r.text, token: r.file.token };
    },
    async saveFile({ text, suggestedName, token, saveAs }) {
      const r = await api.saveFile({ text, suggestedName, token, saveAs });
      return r.canceled ? undefined : { name: r.file.name, token: r.file.token };
    },
    setDocumentState(title, dirty) {
      void api.setDocumentState({ title, dirty });
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
