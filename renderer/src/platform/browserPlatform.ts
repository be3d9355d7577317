/** The browser build's host: files through `<input type=file>` and downloads. */
import { parseDesign } from '../../../shared/model/document';
import { browserDrafts, browserSession } from './browserDrafts';
import { downloadBlob } from './download';
import type { Platform } from './types';

function pickFile(): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,.archway.json,application/json';
    input.dataset.testid = 'open-file-input';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0]);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(undefined);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

export function browserPlatform(): Platform {
  let dirty = false;
  window.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });
  return {
    kind: 'browser',
    mac: /Mac|iPhone|iPad/.test(navigator.platform),
    async openFile() {
      const file = await pickFile();
      if (!file) return undefined;
      return { name: file.name, text: await file.text() };
    },
    async saveFile({ text, suggestedName }) {
      const blob = new Blob([text], { type: 'application/json' });
      // A download cannot be read back from disk; reading back the bytes handed to it is the nearest check.
      const back = await blob.text();
      downloadBlob(blob, suggestedName);
      return { status: 'saved', name: suggestedName, verified: back === text && parseDesign(back).ok };
    },
    setDocumentState(title, isDirty) {
      dirty = isDirty;
      document.title = title;
    },
    onMenuCommand: () => () => {},
    onOpenRecent: () => () => {},
    saveDraft: browserDrafts.save,
    listDrafts: browserDrafts.list,
    discardDraft: browserDrafts.discard,
    rememberLast: browserSession.remember,
    recallLast: browserSession.recall,
    // A browser page cannot reopen a file by path; its unsaved work lives on as drafts instead.
    async exportFile(data, fileName, type) {
      downloadBlob(typeof data === 'string' ? new Blob([data], { type }) : data, fileName);
      return true;
    },
    openWindow: () => void window.open(location.href.split('#')[0], '_blank', 'noopener'),
    listRecent: async () => [],
    openRecent: async () => {
      throw new Error('The browser build keeps no recent files.');
    },
  };
}
