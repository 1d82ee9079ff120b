import { describe, expect, it } from 'vitest';
import { getAt, setAt } from './paths';
import { emptyForm, emptyOfficer } from './schema';

describe('paths', () => {
  it('reads and writes nested values without mutating the original', () => {
    const f = emptyForm();
    f.section3.officers = [emptyOfficer()];
    const g = setAt(f, 'section3.officers.0.ssn', '123-45-6789');
    expect(getAt(g, 'section3.officers.0.ssn')).toBe('123-45-6789');
    expect(f.section3.officers[0]?.ssn).toBe('');
    expect(Array.isArray(g.section3.officers)).toBe(true);
    expect(getAt(setAt(f, 'section2.mailing.city', 'Dover'), 'section2.mailing.city')).toBe('Dover');
  });
});
