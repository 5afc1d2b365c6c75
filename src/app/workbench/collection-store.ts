// The reader's local collection in IndexedDB (one record per article, keyed by article id), so it
// survives a reload. After every change the number of articles is also written to localStorage:
// the explorer reads that one number at start-up to know whether to load the collection at all
// (local-flag.ts), without paying for this module on every page view.
import { setLocalCount } from '../state/local-flag.ts';
import type { LocalArticle } from './local-article.ts';

const DB = 'friendship-atlas';
const STORE = 'local-articles';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  const db = await open();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = body(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req ? req.result : undefined);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export async function listLocal(): Promise<LocalArticle[]> {
  const all = (await run<LocalArticle[]>('readonly', (s) => s.getAll())) ?? [];
  setLocalCount(all.length);
  return all.sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id));
}

export async function putLocal(a: LocalArticle): Promise<LocalArticle[]> {
  // A structured clone of Svelte state proxies fails: store plain JSON data.
  const plain = JSON.parse(JSON.stringify(a)) as LocalArticle;
  await run('readwrite', (s) => s.put(plain));
  return listLocal();
}

export async function deleteLocal(id: string): Promise<LocalArticle[]> {
  await run('readwrite', (s) => s.delete(id));
  return listLocal();
}

export async function clearLocal(): Promise<LocalArticle[]> {
  await run('readwrite', (s) => s.clear());
  return listLocal();
}
