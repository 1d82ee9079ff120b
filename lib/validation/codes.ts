// Short codes on the 5106 and in ACE data: filer code (§3.5), port code (§3.7), D-U-N-S, NAICS, year.
import { NAICS_SECTORS } from './naics-sectors';
import { error, ok, type Validation, warning } from './result';
import { compactId, describeChar, digitsProblem, firstOffending } from './text';

/** Filer code: any 3 of [A-Z0-9] (CATAIR Appendix E patterns NNN, ANN, AAN, ...), except 000. */
export function validateFilerCode(raw: string): Validation {
  const code = compactId(raw);
  const bad = firstOffending(code, /[0-9A-Z]/);
  if (bad !== undefined)
    return error(`A filer code holds only letters and digits: remove ${describeChar(bad)}.`);
  if (code.length !== 3) return error(`A filer code has 3 letters or digits, but this has ${code.length}.`);
  if (code === '000')
    return error('000 is not a filer code: enter the 3 characters CBP assigned to the filer.');
  return ok(code);
}

/** Port code DDPP (Schedule D district + port). No full Schedule D list exists in the project, so format only. */
export function validatePortCode(raw: string): Validation {
  const code = compactId(raw);
  const problem = digitsProblem('A port code', code, 4, 'DDPP, e.g. 2704');
  return problem ? error(problem) : ok(code);
}

/** D-U-N-S: 9 digits, often written NN-NNN-NNNN; normalized without dashes. */
export function validateDuns(raw: string): Validation {
  const digits = compactId(raw);
  const problem = digitsProblem('A D-U-N-S number', digits, 9);
  if (problem) return error(problem);
  if (digits === '000000000')
    return error('000000000 is not a D-U-N-S number: copy the 9 digits Dun & Bradstreet issued.');
  return ok(digits);
}

/** NAICS: 6 digits whose first two are a sector. */
export function validateNaics(raw: string): Validation {
  const digits = compactId(raw);
  const problem = digitsProblem('A NAICS code', digits, 6);
  if (problem) return error(problem);
  const sector = digits.slice(0, 2);
  if (!Object.hasOwn(NAICS_SECTORS, sector)) {
    return error(
      `NAICS codes start with a sector such as 31–33 (manufacturing) or 42 (wholesale), not ${sector}: re-check the code.`,
      digits,
    );
  }
  return ok(digits);
}

/** Founding of the republic: the earliest year that is not almost certainly a typo. */
export const EARLIEST_PLAUSIBLE_YEAR = 1776;

/**
 * Year established (5106 block 3E). A future year is an error; a year before 1776 only a warning,
 * since a few old (often foreign) companies really are that old.
 * `currentYear` is a parameter so tests do not depend on the clock.
 */
export function validateYear(raw: string, currentYear: number = new Date().getFullYear()): Validation {
  const digits = compactId(raw);
  const problem = digitsProblem('A year', digits, 4, 'YYYY');
  if (problem) return error(problem);
  const year = Number(digits);
  if (year > currentYear)
    return error(`${digits} is in the future: enter the year the business was established.`, digits);
  if (year < EARLIEST_PLAUSIBLE_YEAR) {
    return warning(`${digits} is before ${EARLIEST_PLAUSIBLE_YEAR}: check the year established.`, digits);
  }
  return ok(digits);
}
