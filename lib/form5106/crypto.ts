// Encryption at rest for the optional passphrase lock. WebCrypto only: PBKDF2-SHA256 with at least
// 600,000 iterations (OWASP 2023, the figure Bitwarden uses) over a random 16-byte salt gives a
// 256-bit AES-GCM key; every write gets a fresh 12-byte IV, so no (key, IV) pair is ever reused.
import { z } from 'zod';

export const PBKDF2_MIN_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
const IV_BYTES = 12;

export const sealedSchema = z.object({ iv: z.string().min(1), data: z.string().min(1) });
export type Sealed = z.infer<typeof sealedSchema>;

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(n));
}

/** Raw 256-bit key bytes: kept (only) in session storage so the background can read drafts too. */
export async function deriveKeyBytes(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array<ArrayBuffer>> {
  // A weaker count could only come from a tampered meta record: refuse rather than weaken.
  if (!Number.isInteger(iterations) || iterations < PBKDF2_MIN_ITERATIONS) {
    throw new Error(`Refusing PBKDF2 with ${iterations} iterations (minimum ${PBKDF2_MIN_ITERATIONS}).`);
  }
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    256,
  );
  return new Uint8Array(bits);
}

export function importAesKey(bytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bytes, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

export async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
  return { iv: toBase64(iv), data: toBase64(data) };
}

/** Throws when the key is wrong or the data was altered (GCM authenticates). */
export async function unseal(key: CryptoKey, sealed: Sealed): Promise<unknown> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(sealed.iv) },
    key,
    fromBase64(sealed.data),
  );
  return JSON.parse(new TextDecoder().decode(plain));
}
