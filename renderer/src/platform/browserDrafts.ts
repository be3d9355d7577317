/** The browser build's recovery folder: drafts in IndexedDB (survive reloads and crashes). */
import type { Draft } from './types';

const DB = 'archway';
const STORE = 'drafts';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'draftId' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export const browserDrafts = {
  save: (draft: Omit<Draft, 'savedAt'>) => run('readwrite', (s) => s.put({ ...draft, savedAt: Date.now() })).then(() => undefined),
  list: async (): Promise<Draft[]> => ((await run('readonly', (s) => s.getAll())) as Draft[]).sort((a, b) => b.savedAt - a.savedAt),
  discard: (draftId: string) => run('readwrite', (s) => s.delete(draftId)).then(() => undefined),
};
