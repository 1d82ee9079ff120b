import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../reports/analyze';
import { textSource } from '../reports/text-source';
import { analysisNotices } from './notices';

describe('analysis notices', () => {
  it('shows unusable files, skipped rows, bad check digits and missing liquidation data', async () => {
    const es003 = [
      'Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount',
      'ABC12345676,9903.01.25,$10.00',
      'ABC12345677,9903.01.25,$10.00',
      'ABC12345676,9903.01.25,lots',
      '',
    ].join('\n');
    const result = await analyzeFiles(
      [textSource('es003.csv', es003), textSource('other.csv', 'Foo,Bar\n1,2\n')],
      { asOf: '2026-06-01' },
    );
    const liquidationKnown = Array.from(result.entries).filter((e) => e.liquidationDate !== null).length;
    const notices = analysisNotices({ files: result.files, totals: result.totals, liquidationKnown });
    expect(notices.filter((n) => n.level === 'error').map((n) => n.file)).toEqual(['other.csv']);
    const texts = notices.map((n) => n.text).join('\n');
    expect(texts).toContain('1 row skipped: duty amount is not an amount');
    expect(texts).toContain('1 entry number has a wrong check digit');
    expect(texts).toContain('No liquidation dates in these files');
    expect(texts).toContain('"Liquidation Date"');
  });
});
