// Bank data for ACH refunds (5106 block 3G, ACE ACH Refund Authorization). DOMAIN.md §3.4.
import { error, ok, type Validation } from './result';
import { compactId, digitsProblem } from './text';

/**
 * First two digits a routing number may start with: 00 U.S. Government, 01–12 Federal Reserve districts,
 * 21–32 thrifts, 61–72 electronic transactions, 80 traveler's checks (Treasury FMS schema regex).
 */
export const ROUTING_PREFIX_RANGES = Object.freeze([
  [0, 12],
  [21, 32],
  [61, 72],
  [80, 80],
] as const);

function routingPrefixValid(digits: string): boolean {
  const prefix = Number(digits.slice(0, 2));
  return ROUTING_PREFIX_RANGES.some(([from, to]) => prefix >= from && prefix <= to);
}

/** ABA checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). False unless exactly 9 digits. */
export function abaChecksumOk(digits: string): boolean {
  if (typeof digits !== 'string' || !/^\d{9}$/.test(digits)) return false;
  const weights = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits.charAt(i)) * (weights[i % 3] ?? 0);
  return sum % 10 === 0;
}

export function validateRoutingNumber(raw: string): Validation {
  const digits = compactId(raw);
  const problem = digitsProblem('A routing number', digits, 9);
  if (problem) return error(problem);
  if (/^0+$/.test(digits))
    return error('000000000 is not a routing number: copy the 9 digits from a check or your bank.');
  if (!routingPrefixValid(digits)) {
    return error(
      `Routing numbers start with 00–12, 21–32, 61–72 or 80, not ${digits.slice(0, 2)}: re-check the first two digits.`,
      digits,
    );
  }
  if (!abaChecksumOk(digits)) {
    return error(
      'These 9 digits fail the routing-number checksum, so one is likely mistyped: copy them again from a check or your bank.',
      digits,
    );
  }
  return ok(digits);
}

/** U.S. bank account numbers: 4 to 17 digits (the ACH limit is 17); spaces and dashes are dropped. */
export function validateBankAccountNumber(raw: string): Validation {
  const digits = compactId(raw);
  const problem = digitsProblem('A bank account number', digits, digits.length);
  if (problem) return error(problem);
  if (digits.length < 4 || digits.length > 17) {
    return error(`A bank account number has 4 to 17 digits, but this has ${digits.length}.`);
  }
  return ok(digits);
}
