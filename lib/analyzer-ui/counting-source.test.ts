import { describe, expect, it } from 'vitest';
import { textSource } from '../reports/text-source';
import { countingSource, type ReadCounter } from './counting-source';

async function drain(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  while (!(await reader.read()).done) {}
}

describe('countingSource', () => {
  it('counts bytes and line breaks of a text file, across chunks', async () => {
    const text = 'a,b\r\n'.repeat(30_000);
    const counter: ReadCounter = { bytes: 0, lines: 0, countsLines: true };
    let chunks = 0;
    await drain(countingSource(textSource('t.csv', text), counter, () => chunks++).stream());
    expect(counter).toEqual({ bytes: text.length, lines: 30_000, countsLines: true });
    expect(chunks).toBeGreaterThan(1);
  });

  it('does not count lines in a zip (XLSX)', async () => {
    const counter: ReadCounter = { bytes: 0, lines: 0, countsLines: true };
    await drain(countingSource(textSource('t.xlsx', 'PK\u0003\u0004\n\n\n'), counter).stream());
    expect(counter.countsLines).toBe(false);
    expect(counter.lines).toBe(0);
  });
});
