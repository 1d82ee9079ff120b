import { describe, expect, it } from 'vitest';
import { parseDateInput } from './date-input';

describe('parseDateInput', () => {
  it.each([
    ['2025-06-02', '2025-06-02'],
    ['06/02/2025', '2025-06-02'],
    ['6/2/2025', '2025-06-02'],
    [' 2024-02-29 ', '2024-02-29'],
  ])('%j -> %s', (raw, date) => {
    expect(parseDateInput(raw, 'entry date')).toEqual({ ok: true, date });
  });

  it.each(['', '2025-02-30', '02/30/2025', '2025/06/02', 'June 2', '13/01/2025'])('%j is refused', (raw) => {
    const result = parseDateInput(raw, 'entry date');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/entry date as YYYY-MM-DD or MM\/DD\/YYYY/);
  });
});
