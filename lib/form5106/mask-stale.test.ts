import { describe, expect, it } from 'vitest';
import { maskedIdentity, maskValue } from './mask';
import { emptyForm } from './schema';
import { staleness, twelveMonthsBefore } from './stale';

describe('masking', () => {
  it.each([
    ['123-45-6789', '•••-••-6789'],
    ['12-3456789', '••-•••6789'],
    ['X99887766', '•••••7766'],
    ['12', '12'],
  ])('%s -> %s', (value, masked) => {
    expect(maskValue(value)).toBe(masked);
  });

  it('shows the 1B type with a masked number', () => {
    const f = emptyForm();
    Object.assign(f.section1, { idType: 'ein', idNumber: '12-3456789' });
    expect(maskedIdentity(f)).toBe('EIN ••-•••6789');
    Object.assign(f.section1, { idType: 'ssn', idNumber: '123-45-6789' });
    expect(maskedIdentity(f)).toBe('SSN •••-••-6789');
  });
});

describe('stale badge', () => {
  const today = '2026-03-15';
  const at = (iso: string) => new Date(`${iso}T12:00:00`).getTime();
  it.each([
    ['fresh', { onFileDate: '2025-06-01', updatedAt: at('2026-03-01') }, false],
    ['on file > 12 months', { onFileDate: '2025-03-14', updatedAt: at('2026-03-01') }, true],
    ['on file exactly 12 months', { onFileDate: '2025-03-15', updatedAt: at('2026-03-01') }, false],
    ['not updated for > 12 months', { onFileDate: '', updatedAt: at('2025-02-01') }, true],
  ])('%s', (_l, draft, stale) => {
    expect(staleness(draft, today).stale).toBe(stale);
  });
  it('handles Feb 29', () => {
    expect(twelveMonthsBefore('2028-02-29')).toBe('2027-02-28');
  });
});
