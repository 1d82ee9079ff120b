// Hand files from the popup to the analyzer page. A URL cannot carry files, so they wait in the
// extension origin's IndexedDB under a random id; the page opens with #handoff=<id>, reads them and
// deletes them. Left-overs (a page that never opened) are pruned after a day.
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { z } from 'zod';

const DB_NAME = 'ace-assist-handoff';
const STORE = 'handoffs';
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** Name kept apart from the Blob: a File stored in IndexedDB may come back as a plain Blob. */
const storedFileSchema = z.object({
  name: z.string().min(1),
  type: z.string(),
  blob: z.custom<Blob>((v) => typeof Blob !== 'undefined' && v instanceof Blob, 'not a file'),
});
const handoffSchema = z.object({
  id: z.string(),
  createdAt: z.number(),
  sample: z.boolean(),
  files: z.array(storedFileSchema),
});
export type Handoff = z.infer<typeof handoffSchema>;

interface HandoffDb extends DBSchema {
  handoffs: { key: string; value: Handoff };
}

export function openHandoffDb(name = DB_NAME): Promise<IDBPDatabase<HandoffDb>> {
  return openDB<HandoffDb>(name, 1, {
    upgrade(db) {
      db.createObjectStore(STORE, { keyPath: 'id' });
    },
  });
}

export type HandoffFile = { name: string; type?: string; blob: Blob };

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Stores the files and returns the id for `analyzerHash`. */
export async function putHandoff(
  files: readonly HandoffFile[],
  options: { sample?: boolean; now?: number; db?: IDBPDatabase<HandoffDb> } = {},
): Promise<string> {
  const db = options.db ?? (await openHandoffDb());
  const id = randomId();
  await db.put(STORE, {
    id,
    createdAt: options.now ?? Date.now(),
    sample: options.sample ?? false,
    files: files.map((f) => ({ name: f.name, type: f.type ?? f.blob.type, blob: f.blob })),
  });
  await pruneHandoffs(db, options.now ?? Date.now());
  return id;
}

export type TakenHandoff = { ok: true; sample: boolean; files: File[] } | { ok: false; message: string };

/** Reads and deletes a handoff; a missing or damaged one gets a message, not an exception. */
export async function takeHandoff(id: string, db?: IDBPDatabase<HandoffDb>): Promise<TakenHandoff> {
  const conn = db ?? (await openHandoffDb());
  const raw = await conn.get(STORE, id);
  await conn.delete(STORE, id);
  const parsed = handoffSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      message:
        'The files from the popup are no longer here (they are kept until opened once). Drop them again.',
    };
  }
  return {
    ok: true,
    sample: parsed.data.sample,
    files: parsed.data.files.map((f) => new File([f.blob], f.name, { type: f.type })),
  };
}

export async function pruneHandoffs(db: IDBPDatabase<HandoffDb>, now: number): Promise<number> {
  let removed = 0;
  for (const h of await db.getAll(STORE)) {
    if (now - h.createdAt > MAX_AGE_MS) {
      await db.delete(STORE, h.id);
      removed++;
    }
  }
  return removed;
}

/** The analyzer page's hash for a handoff id. */
export function handoffHash(id: string): string {
  return `#handoff=${encodeURIComponent(id)}`;
}

/** Reads the page's hash: a handoff id, the sample, or nothing. */
export function parseAnalyzerHash(hash: string): { handoff: string | null; sample: boolean } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('handoff');
  return { handoff: id && /^[0-9a-f]{32}$/.test(id) ? id : null, sample: params.has('sample') };
}
