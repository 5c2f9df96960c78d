/**
 * A small key–value wrapper over the browser's IndexedDB (one database, one object store), for
 * what is too large for localStorage (a plan with its scenario). Nothing leaves the browser.
 * Every call resolves, never rejects: a browser without IndexedDB, or one that refuses it
 * (private mode, quota), reads as empty and says `false` to a write.
 */
export interface KeyValue {
  get<T>(key: string): Promise<T | undefined>;
  put(key: string, value: unknown): Promise<boolean>;
  delete(key: string): Promise<boolean>;
}

const STORE = 'kv';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

export function indexedDbStore(name: string): KeyValue {
  let db: Promise<IDBDatabase | null> | null = null;
  const open = (): Promise<IDBDatabase | null> =>
    (db ??= new Promise((resolve) => {
      try {
        if (typeof indexedDB === 'undefined') return resolve(null);
        const r = indexedDB.open(name, 1);
        r.onupgradeneeded = () => r.result.createObjectStore(STORE);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => resolve(null);
        r.onblocked = () => resolve(null);
      } catch {
        resolve(null);
      }
    }));
  const run = async <T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const d = await open();
    if (!d) throw new Error('no IndexedDB');
    const tx = d.transaction(STORE, mode);
    const out = await request(f(tx.objectStore(STORE)));
    if (mode === 'readwrite')
      await new Promise<void>(
        (resolve, reject) => (
          (tx.oncomplete = () => resolve()),
          (tx.onerror = () => reject(tx.error)),
          (tx.onabort = () => reject(tx.error))
        ),
      );
    return out;
  };
  return {
    async get<T>(key: string) {
      try {
        return (await run('readonly', (s) => s.get(key))) as T | undefined;
      } catch {
        return undefined;
      }
    },
    async put(key, value) {
      try {
        await run('readwrite', (s) => s.put(value, key));
        return true;
      } catch {
        return false;
      }
    },
    async delete(key) {
      try {
        await run('readwrite', (s) => s.delete(key));
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** The same in memory (tests, and a fallback where IndexedDB is missing). */
export function memoryStore(): KeyValue & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async <T>(key: string) => structuredClone(data.get(key)) as T | undefined,
    put: async (key, value) => (data.set(key, structuredClone(value)), true),
    delete: async (key) => data.delete(key),
  };
}
