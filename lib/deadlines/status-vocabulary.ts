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

/** Says the entry is liquidated (including reliquidated and deemed liquidated). Checked second. */
export const LIQUIDATED_PHRASES = ['liquidated', 'reliquidated', 'liquidation posted', 'final'] as const;

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

export type ProtestReading = 'final' | 'open' | 'unknown' | 'none';

export function readProtestStatus(text: string | null | undefined): ProtestReading {
  if (isEmptyValue(text) || text == null) return 'none';
  if (mentions(text, PROTEST_FINAL_PHRASES)) return 'final';
  if (mentions(text, PROTEST_OPEN_PHRASES)) return 'open';
  return 'unknown';
}
