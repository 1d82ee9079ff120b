// Where the unlocked key lives: browser.storage.session (memory only, cleared when the browser
// closes, not readable by content scripts in Chrome) so the popup, the editor tab and the background
// share one unlock; a module variable where storage.session does not exist. Never storage.local,
// never IndexedDB. Idle auto-lock: every read checks the last activity and forgets an expired key.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { fromBase64, importAesKey, toBase64 } from './crypto';

const STORAGE_KEY = 'form5106SessionKey';

export const IDLE_CHOICES_MINUTES = [5, 15, 30, 60, 240] as const;
export const DEFAULT_IDLE_MINUTES = 15;

const sessionKeySchema = z.object({
  key: z.string(),
  /** Salt of the lock the key belongs to: a key from an older lock never opens a newer one. */
  salt: z.string(),
  idleMs: z.number().positive(),
  lastActivity: z.number(),
});
type SessionKey = z.infer<typeof sessionKeySchema>;

let memory: SessionKey | null = null;

function sessionArea() {
  try {
    return browser.storage?.session ?? null;
  } catch {
    return null;
  }
}

async function read(): Promise<SessionKey | null> {
  const area = sessionArea();
  if (!area) return memory;
  const got = await area.get(STORAGE_KEY);
  const parsed = sessionKeySchema.safeParse(got[STORAGE_KEY]);
  return parsed.success ? parsed.data : null;
}

async function write(value: SessionKey | null): Promise<void> {
  const area = sessionArea();
  if (!area) {
    memory = value;
    return;
  }
  if (value) await area.set({ [STORAGE_KEY]: value });
  else await area.remove(STORAGE_KEY);
}

export async function rememberKey(
  bytes: Uint8Array<ArrayBuffer>,
  salt: string,
  idleMinutes: number,
  now = Date.now(),
) {
  await write({ key: toBase64(bytes), salt, idleMs: idleMinutes * 60_000, lastActivity: now });
}

export async function forgetKey(): Promise<void> {
  await write(null);
}

/** The key for the lock with this salt, or null when locked, expired (auto-lock) or for another lock. */
export async function currentKey(salt: string, now = Date.now()): Promise<CryptoKey | null> {
  const s = await read();
  if (!s) return null;
  if (s.salt !== salt) return null;
  if (now - s.lastActivity > s.idleMs) {
    await forgetKey();
    return null;
  }
  return importAesKey(fromBase64(s.key));
}

/** User activity in a draft page keeps the lock open. */
export async function touchKey(now = Date.now()): Promise<void> {
  const s = await read();
  if (s && now - s.lastActivity <= s.idleMs) await write({ ...s, lastActivity: now });
}

/** Milliseconds until auto-lock, or null when no key is held. */
export async function msUntilAutoLock(now = Date.now()): Promise<number | null> {
  const s = await read();
  return s ? Math.max(0, s.idleMs - (now - s.lastActivity)) : null;
}
