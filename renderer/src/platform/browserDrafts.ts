/** The browser build's recovery folder: drafts in IndexedDB (survive reloads and crashes). */
import type { Draft, LastDesign } from './types';

const DB = 'archway';
const STORE = 'drafts';
/** Version 2 adds `session`: the last design this browser had open, reopened after a reload. */
const SESSION = 'session';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 2);
    req.onupgradeneeded = () => {
      const names = req.result.objectStoreNames;
      if (!names.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'draftId' });
      if (!names.contains(SESSION)) req.result.createObjectStore(SESSION);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>, store = STORE): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(store, mode);
      const req = fn(tx.objectStore(store));
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


export const browserSession = {
  remember: (last: LastDesign | null) =>
    (last ? run('readwrite', (s) => s.put(last, 'last'), SESSION) : run('readwrite', (s) => s.delete('last'), SESSION)).then(() => undefined),
  recall: async (): Promise<LastDesign | null> => ((await run('readonly', (s) => s.get('last'), SESSION)) as LastDesign | undefined) ?? null,
};
