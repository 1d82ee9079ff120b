// One cached IndexedDB connection per database name, shared by the drafts, portfolios and manual
// entries stores. The cache lets go when another context upgrades the database (so its upgrade is
// not blocked) or the browser terminates the connection; the next use reopens it.
import { type DBSchema, type IDBPDatabase, type OpenDBCallbacks, openDB } from 'idb';

const connections = new Map<string, Promise<IDBPDatabase<unknown>>>();

export function openCachedDb<S extends DBSchema>(
  name: string,
  version: number,
  upgrade: OpenDBCallbacks<S>['upgrade'],
): Promise<IDBPDatabase<S>> {
  let db = connections.get(name) as Promise<IDBPDatabase<S>> | undefined;
  if (!db) {
    db = openDB<S>(name, version, {
      upgrade,
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
        connections.delete(name);
      },
      terminated() {
        connections.delete(name);
      },
    });
    db.catch(() => connections.delete(name));
    connections.set(name, db as Promise<IDBPDatabase<unknown>>);
  }
  return db;
}

/** For tests that swap the IndexedDB factory between cases. */
export function forgetConnections(): void {
  connections.clear();
}
