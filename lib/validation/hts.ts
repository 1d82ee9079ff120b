// HTSUS numbers (DOMAIN.md §3.8): NNNN.NN.NN.NN, 10 digits = 8-digit tariff line + 2-digit statistical
// suffix. Chapter 99 provisions (9903.01.25, ...) are cited with 8 digits, and ES-003 carries them that
// way, so an 8-digit number is accepted only in chapter 99. Normalized form: digits only, because
// report matching works on digit prefixes. (Which headings are IEEPA is not decided here.)
import { error, ok, type Validation } from './result';
import { compactId, describeChar, firstOffending } from './text';

export function validateHts(raw: string): Validation {
  const digits = compactId(raw).replace(/\./g, '');
  const bad = firstOffending(digits, /[0-9]/);
  if (bad !== undefined)
    return error(`An HTS number has only digits and dots (NNNN.NN.NN.NN): remove ${describeChar(bad)}.`);
  const chapter = digits.slice(0, 2);
  if (digits.length === 8 && chapter === '99') return ok(digits);
  if (digits.length !== 10) {
    return error(
      `An HTS number has 10 digits (NNNN.NN.NN.NN; only chapter 99 numbers may have 8), but this has ${digits.length}.`,
    );
  }
  if (chapter === '00')
    return error('HTS chapters run from 01 to 99, so 00 cannot start the number.', digits);
  // Chapter 77 is reserved for possible future use in the HTSUS and holds no headings.
  if (chapter === '77')
    return error('HTS chapter 77 is reserved and has no headings: re-check the number.', digits);
  return ok(digits);
}
