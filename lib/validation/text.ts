// Input clean-up shared by the validators. Users paste identifiers from PDFs, spreadsheets and e-mails,
// so we meet full-width digits, non-breaking spaces and typographic dashes: those are folded to ASCII.
// Nothing else is: NFKC also turned "㉑" into "21", "¹²³" into "123" and "Ⅻ" into "XII", so a look-alike
// passed as a real EIN, SSN or filer code. Any other non-ASCII character stays and is reported.

/** Hyphen-like characters: hyphen, non-breaking hyphen, figure/en/em dash, bar, minus, small em dash and hyphen. */
const DASH_CHARS = '\\-\\u2010-\\u2015\\u2212\\uFE58\\uFE63';
const DASH = new RegExp(`[${DASH_CHARS}]`, 'g');
const SPACE = /\s+/g;
/** The same dashes, or white space, in runs. */
const SPACES_AND_DASHES = new RegExp(`[\\s${DASH_CHARS}]+`, 'g');

/** Full-width ASCII forms (U+FF01–FF5E) and the ideographic space, as typed with an East Asian IME. */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;

/** Full-width forms to ASCII; everything else unchanged. Never throws (lone surrogates stay). */
export function foldWidth(raw: string): string {
  return raw.replace(FULL_WIDTH, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Full-width forms folded, ASCII letters upper-cased. Only ASCII: 'ß'.toUpperCase() is 'SS' and
 * 'ı'.toUpperCase() is 'I', which would turn a stray character into valid-looking letters.
 */
export function fold(raw: string): string {
  return foldWidth(raw).replace(/[a-z]+/g, (letters) => letters.toUpperCase());
}

/** For identifiers: folded, with every space and dash removed. */
export function compactId(raw: string): string {
  return fold(raw).replace(SPACE, '').replace(DASH, '');
}

/** Folded, trimmed, each run of spaces and dashes turned into one '-', so dash/space layouts can be read. */
export function dashLayout(raw: string): string {
  return fold(raw)
    .trim()
    .replace(SPACES_AND_DASHES, '-')
    .replace(/^-+|-+$/g, '');
}

/** Lengths of the dash/space-separated groups, e.g. "12-345 6789" -> "2,3,4". */
export function dashGroups(raw: string): string {
  return dashLayout(raw)
    .split('-')
    .map((g) => g.length)
    .join(',');
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

/** Characters with no visible shape: quoting them would show the user an empty pair of quotes. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Z}]/u;

/**
 * A character as a message names it: quoted when it can be seen, by code point when it cannot, so
 * "remove “\u200B”" (which reads as "remove “”") becomes "remove an invisible character (U+200B)".
 */
export function describeChar(ch: string): string {
  const point = ch.codePointAt(0) ?? 0;
  const code = `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
  if (ch === ' ') return 'a space';
  if (/\p{Cs}/u.test(ch)) return `a broken character (${code})`;
  if (/\p{Cc}/u.test(ch)) return `an invisible control character (${code})`;
  if (INVISIBLE.test(ch)) return `an invisible character (${code})`;
  // A lone accent would sit on the opening quote mark.
  if (/\p{M}/u.test(ch)) return `a lone accent mark (${code})`;
  // Private-use and unassigned code points show as a box, if at all.
  if (/[\p{Co}\p{Cn}]/u.test(ch)) return `an unknown character (${code})`;
  return quote(ch);
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
    return `${label} has only digits${shape}: remove ${describeChar(bad)}${hint}.`;
  }
  if (digits.length !== length) {
    return `${label} has ${count(length, 'digit')}${shape}, but this has ${digits.length}.`;
  }
  return undefined;
}
