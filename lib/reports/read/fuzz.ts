// Property test of the text path: random tables of arbitrary strings, serialized with RFC 4180
// quoting, fed in random piece sizes, must come back cell for cell. Used by fuzz.test.ts (a few
// hundred runs) and scripts/fuzz.ts (`npx tsx scripts/fuzz.ts --runs 10000`).
import fc from 'fast-check';
import { chunkedSource, collect, toCsv } from './test-support';

const HEADER = ['Entry Summary Number', 'Name', 'Amount'];

/** Cells mixing the characters that matter to the parser with arbitrary unicode. */
const cell = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.string({
      unit: fc.constantFrom('a', 'Z', '1', ',', '"', '\r', '\n', ' ', ';', '\t', 'é', '😀', '\uFEFF'),
    }),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string() },
);

export const fuzzCase = fc.record({
  rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 25 }),
  eol: fc.constantFrom('\r\n', '\n', '\r'),
  bom: fc.boolean(),
  finalEol: fc.boolean(),
  sizes: fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 8 }),
});

export type FuzzCase = typeof fuzzCase extends fc.Arbitrary<infer T> ? T : never;

export async function checkCase(c: FuzzCase): Promise<void> {
  // The last cell gets a marker so no data row is blank; the first cell stays arbitrary (quotes, CR...).
  const rows = c.rows.map((r, i) => [...r, `R${i}`]);
  const text = (c.bom ? '\uFEFF' : '') + toCsv([HEADER, ...rows], ',', c.eol) + (c.finalEol ? c.eol : '');
  const got = await collect(chunkedSource(text, c.sizes), { isHeader: (cells) => cells[0] === HEADER[0] });
  const expected = rows;
  if (JSON.stringify(got.header) !== JSON.stringify(HEADER))
    throw new Error(`header ${JSON.stringify(got.header)}`);
  if (JSON.stringify(got.rows) !== JSON.stringify(expected))
    throw new Error(`rows differ:\n got ${JSON.stringify(got.rows)}\nwant ${JSON.stringify(expected)}`);
}

/** Runs the property `runs` times; throws fast-check's report (with the shrunk case) on failure. */
export async function fuzzCsv(runs: number, seed?: number): Promise<void> {
  await fc.assert(fc.asyncProperty(fuzzCase, checkCase), { numRuns: runs, seed });
}
