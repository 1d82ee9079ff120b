// Input clean-up shared by the validators. Users paste identifiers from PDFs, spreadsheets and e-mails,
// so we meet fullwidth digits, non-breaking spaces and typographic dashes; NFKC folds most of them.

/** Hyphen-like characters left after NFKC (hyphen, non-breaking hyphen, figure/en/em dash, minus). */
const DASH = /[-\u2010-\u2015\u2212]/g;
const SPACE = /\s+/g;

/** NFKC + upper case. Never throws (lone surrogates are left as they are). */
export function fold(raw: string): string {
  return raw.normalize('NFKC').toUpperCase();
}

/** For identifiers: folded, with every space and dash removed. */
export function compactId(raw: string): string {
  return fold(raw).replace(SPACE, '').replace(DASH, '');
}

/** Folded, trimmed, each run of spaces and dashes turned into one '-', so dash/space layouts can be read. */
export function dashLayout(raw: string): string {
  return fold(raw)
    .trim()
    .replace(/[\s\-\u2010-\u2015\u2212]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Trim and collapse inner runs of white space to one space. */
export function collapseSpaces(raw: string): string {
  return raw.trim().replace(SPACE, ' ');
}

/**
 * Quote a piece of user input inside a message, cut short so that a pasted page never ends up in the UI.
 * Curly quotes so that a quoted dash or space is still visible.
 */
export function quote(value: string, max = 24): string {
  const chars = Array.from(value);
  const shown = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
  return `“${shown}”`;
}

/** The first character of `value` that is not matched by `allowed` (a one-character class), if any. */
export function firstOffending(value: string, allowed: RegExp): string | undefined {
  for (const ch of value) {
    if (!allowed.test(ch)) return ch;
  }
  return undefined;
}

/** "1 digit" / "8 digits". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * Shared message for "should be N digits" fields: names the stray character first (more useful than a
 * length complaint when someone typed a letter O for a zero), then the length.
 * Returns undefined when `digits` already is exactly `length` digits.
 */
export function digitsProblem(
  label: string,
  digits: string,
  length: number,
  format?: string,
): string | undefined {
  const bad = firstOffending(digits, /[0-9]/);
  const shape = format ? ` (${format})` : '';
  if (bad !== undefined) {
    const hint =
      bad === 'O'
        ? ' (a letter O where a zero belongs?)'
        : bad === 'I' || bad === 'L'
          ? ' (a letter where a 1 belongs?)'
          : '';
    return `${label} has only digits${shape}: remove ${quote(bad)}${hint}.`;
  }
  if (digits.length !== length) {
    return `${label} has ${count(length, 'digit')}${shape}, but this has ${digits.length}.`;
  }
  return undefined;
}
