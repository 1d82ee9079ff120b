// The IndexedDB database of portfolios (`ace-assist-portfolios`), in the extension's own origin.
//   portfolios  one record per portfolio: id, name, times, last import day, entry count
//   entries     one record per (portfolio, entry number), so a merge rewrites only what changed and
//               the background reads a portfolio's entries through the `by-portfolio` index
// DB_VERSION is the layout; the records carry their own schemaVersion (schema.ts), checked on read.
import type { DBSchema, IDBPDatabase } from 'idb';
import { openCachedDb } from '@/lib/storage/idb-connections';
import type { PortfolioEntry, PortfolioMeta } from './schema';

export { forgetConnections } from '@/lib/storage/idb-connections';

export const DB_NAME = 'ace-assist-portfolios';
const DB_VERSION = 1;

export type StoredEntry = PortfolioEntry & { portfolioId: string };

interface PortfoliosDb extends DBSchema {
  portfolios: { key: string; value: PortfolioMeta };
  entries: { key: [string, string]; value: StoredEntry; indexes: { 'by-portfolio': string } };
}
export type PortfoliosDatabase = IDBPDatabase<PortfoliosDb>;

export function openPortfoliosDb(name = DB_NAME): Promise<PortfoliosDatabase> {
  return openCachedDb<PortfoliosDb>(name, DB_VERSION, (database, oldVersion) => {
    if (oldVersion < 1) {
      database.createObjectStore('portfolios', { keyPath: 'id' });
      const entries = database.createObjectStore('entries', { keyPath: ['portfolioId', 'entryNumber'] });
      entries.createIndex('by-portfolio', 'portfolioId');
    }
  });
}
