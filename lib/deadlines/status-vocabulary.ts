// Words ACE reports use for liquidation and protest status. The real vocabulary is not documented
// (DOMAIN §8 item 2), so matching is fuzzy: case-insensitive, punctuation ignored, whole words.
// Add a word here when a real report shows a new one.

/** Says outright that the entry is not liquidated; checked first ("unliquidated" contains "liquidated"). */
export const UNLIQUIDATED_PHRASES = [
  'unliquidated',
  'un liquidated',
  'not liquidated',
  'not yet liquidated',
  'non liquidated',
] as const;

/**
 * Says the entry is liquidated (including reliquidated and deemed liquidated). Checked second, before
 * LIQUIDATION_OPEN_PHRASES. Reliquidation only follows a liquidation, so "Reliquidation Pending" is
 * liquidated. "Not Final" is too: a liquidation that is not final yet is a posted liquidation whose
 * 180-day protest clock runs from its date (DOMAIN §5.2); "final" means more than 90 days after it
 * with no protest (§5.3), and the liquidation date decides which window the entry is in.
 */
export const LIQUIDATED_PHRASES = [
  'liquidated',
  'reliquidated',
  'reliquidation',
  're liquidation',
  'liquidation posted',
  // Also matches "Not Final" (whole words), see above.
  'final',
] as const;

/** Says liquidation has not happened yet (CAPE Phase 1 takes suspended, extended and under-review entries). */
export const LIQUIDATION_OPEN_PHRASES = [
  'pending',
  'extended',
  'extension',
  'suspended',
  'suspension',
  'under review',
  'in review',
  'open',
  'scheduled',
] as const;

/** Liquidation extended (up to the 4-year cap, DOMAIN §5.1): a subset of the open phrases. */
export const LIQUIDATION_EXTENDED_PHRASES = ['extended', 'extension'] as const;

/** Liquidation suspended (no time limit while it lasts, DOMAIN §5.1): a subset of the open phrases. */
export const LIQUIDATION_SUSPENDED_PHRASES = ['suspended', 'suspension'] as const;

/** A final decision on a protest: the protest no longer blocks CAPE or another protest. */
export const PROTEST_FINAL_PHRASES = [
  'approved',
  'denied',
  'deemed denied',
  'closed',
  'allowed',
  'granted',
  'rejected',
  'withdrawn',
  'decided',
  'completed',
] as const;

/** A protest still open (CAPE Phase 1 excludes open and suspended protests, DOMAIN §6.3). */
export const PROTEST_OPEN_PHRASES = [
  'open',
  'pending',
  'filed',
  'submitted',
  'received',
  'under review',
  'in review',
  'suspended',
  'accelerated',
  'active',
] as const;

/** Values that mean "nothing here", e.g. a protest-status column filled for every row. */
export const EMPTY_PHRASES = ['none', 'n a', 'na', 'no protest', 'not protested', 'null'] as const;

function normalize(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** True when `text` contains one of `phrases` as whole words (case and punctuation ignored). */
export function mentions(text: string, phrases: readonly string[]): boolean {
  const normalized = normalize(text);
  return phrases.some((phrase) => normalized.includes(` ${phrase} `));
}

/** True when `text` is blank or one of the EMPTY_PHRASES in full. */
export function isEmptyValue(text: string | null | undefined): boolean {
  if (text == null) return true;
  const normalized = normalize(text).trim();
  return normalized === '' || (EMPTY_PHRASES as readonly string[]).includes(normalized);
}

export type LiquidationReading = 'unliquidated' | 'liquidated' | 'unknown';

export function readLiquidationStatus(text: string | null | undefined): LiquidationReading {
  if (isEmptyValue(text) || text == null) return 'unknown';
  if (mentions(text, UNLIQUIDATED_PHRASES)) return 'unliquidated';
  // "Liquidated - pending reliquidation" is liquidated: the liquidation words win over the open ones.
  if (mentions(text, LIQUIDATED_PHRASES)) return 'liquidated';
  if (mentions(text, LIQUIDATION_OPEN_PHRASES)) return 'unliquidated';
  return 'unknown';
}

export type LiquidationHold = 'extended' | 'suspended' | null;

/** Whether the status says liquidation was suspended or extended; suspended wins (no limit at all). */
export function readLiquidationHold(text: string | null | undefined): LiquidationHold {
  if (isEmptyValue(text) || text == null) return null;
  if (mentions(text, LIQUIDATION_SUSPENDED_PHRASES)) return 'suspended';
  if (mentions(text, LIQUIDATION_EXTENDED_PHRASES)) return 'extended';
  return null;
}

/**
 * The protest number, or null when the cell only holds a placeholder: blank, an EMPTY_PHRASES value
 * ("N/A", "None"), or nothing but zeros and punctuation ("0", "-", "000-000"). A real protest number
 * is port + year + serial, e.g. 2704-26-100001.
 */
export function readProtestNumber(text: string | null | undefined): string | null {
  if (isEmptyValue(text) || text == null) return null;
  const trimmed = text.trim();
  return /[1-9a-z]/i.test(trimmed) ? trimmed : null;
}

export type ProtestReading = 'final' | 'open' | 'unknown' | 'none';

export function readProtestStatus(text: string | null | undefined): ProtestReading {
  if (isEmptyValue(text) || text == null) return 'none';
  if (mentions(text, PROTEST_FINAL_PHRASES)) return 'final';
  if (mentions(text, PROTEST_OPEN_PHRASES)) return 'open';
  return 'unknown';
}
