import { describe, expect, it } from 'vitest';
import { fuzzCsv } from './fuzz';
import { chunkedSource, collect, toCsv } from './test-support';

describe('CSV fuzzing', () => {
  it('random tables with quotes, delimiters, CR/LF and unicode survive random piece sizes', async () => {
    await fuzzCsv(400);
  });

  it('a larger table survives every piece size from 1 to 7 bytes', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => [
      `E${i}`,
      `"q${i}",\r\n${'é'.repeat(i % 5)}`,
      '',
      `😀${i}\r`,
    ]);
    const text = toCsv([['Entry Summary Number', 'B', 'C', 'D'], ...rows]);
    for (let size = 1; size <= 7; size++) {
      const r = await collect(chunkedSource(text, [size]));
      expect(r.rows).toEqual(rows);
    }
  });
});
