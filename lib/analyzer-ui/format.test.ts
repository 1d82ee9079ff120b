import { describe, expect, it } from 'vitest';
import { displayEntryNumber, formatBytes, formatUsd, formatUsdWhole, plural } from './format';

describe('display formatting', () => {
  it.each([
    [0, '$0.00'],
    [5, '$0.05'],
    [123_456, '$1,234.56'],
    [-123_456_789, '-$1,234,567.89'],
  ])('formatUsd(%i) = %s', (cents, text) => {
    expect(formatUsd(cents)).toBe(text);
  });

  it('formats headline figures, entry numbers, sizes and counts', () => {
    expect(formatUsdWhole(2_076_106)).toBe('$20,761');
    expect(displayEntryNumber('ABC12345676')).toBe('ABC-1234567-6');
    expect(displayEntryNumber('short')).toBe('short');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
    expect(plural(12_000, 'entry', 'entries')).toBe('12,000 entries');
  });
});
