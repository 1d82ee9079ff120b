// The result every validator returns. Lives apart from index.ts so that the per-kind files can build
// results without importing the dispatcher (which imports them).

export const LEVELS = Object.freeze(['ok', 'warning', 'error'] as const);
export type Level = (typeof LEVELS)[number];

export type Validation = {
  level: Level;
  /** Canonical form, present whenever the input could be read (also on many errors, e.g. a bad check digit). */
  normalized?: string;
  /** One plain sentence the user can act on; present whenever level !== 'ok'. */
  message?: string;
  /** Which reading was used, for kinds that accept several formats (importerNumber: 'ein' | 'ssn' | 'cbp-assigned'). */
  detectedType?: string;
};

export function ok(normalized?: string, detectedType?: string): Validation {
  const result: Validation = { level: 'ok' };
  if (normalized !== undefined) result.normalized = normalized;
  if (detectedType !== undefined) result.detectedType = detectedType;
  return result;
}

export function warning(message: string, normalized?: string, detectedType?: string): Validation {
  const result: Validation = { level: 'warning', message };
  if (normalized !== undefined) result.normalized = normalized;
  if (detectedType !== undefined) result.detectedType = detectedType;
  return result;
}

export function error(message: string, normalized?: string, detectedType?: string): Validation {
  const result: Validation = { level: 'error', message };
  if (normalized !== undefined) result.normalized = normalized;
  if (detectedType !== undefined) result.detectedType = detectedType;
  return result;
}
