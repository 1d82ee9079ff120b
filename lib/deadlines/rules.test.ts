import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from './calendar-date';
import { classifyHts, htsFamilyLeads, RULE_SETS, type RuleSet, ruleSetSchema, rulesFor } from './rules';

const phase1 = RULE_SETS[0] as RuleSet;

describe('RULE_SETS', () => {
  it('every version matches the schema', () => {
    for (const rules of RULE_SETS) expect(ruleSetSchema.parse(rules)).toEqual(rules);
  });

  it('is sorted by effective date with unique ids', () => {
    const ids = RULE_SETS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 1; i < RULE_SETS.length; i++) {
      expect(
        compare((RULE_SETS[i - 1] as RuleSet).effectiveFrom, (RULE_SETS[i] as RuleSet).effectiveFrom),
      ).toBe(-1);
    }
  });

  it('has the CAPE Phase 1 numbers', () => {
    expect(phase1).toMatchObject({ capeWindowDays: 80, protestWindowDays: 180, capeMaxEntriesPerFile: 9999 });
  });
});

describe('rulesFor', () => {
  const later: RuleSet = {
    ...phase1,
    id: 'cape-phase2-test',
    effectiveFrom: '2026-09-01',
    capeWindowDays: 100,
  };
  const sets = [phase1, later];

  it.each([
    ['2026-04-19', 'cape-phase1-2026-04-20'], // before the first version: the first one
    ['2026-04-20', 'cape-phase1-2026-04-20'],
    ['2026-08-31', 'cape-phase1-2026-04-20'],
    ['2026-09-01', 'cape-phase2-test'],
    ['2030-01-01', 'cape-phase2-test'],
  ])('on %s picks %s', (asOf, id) => {
    expect(rulesFor(asOf, sets).id).toBe(id);
  });

  it('does not depend on the order of the list', () => {
    expect(rulesFor('2026-10-01', [later, phase1]).id).toBe('cape-phase2-test');
  });

  it('uses the built-in table by default', () => {
    expect(rulesFor('2026-06-01').id).toBe('cape-phase1-2026-04-20');
  });
});

describe('classifyHts', () => {
  it.each([
    ['9903.01.25', 'ieepa'],
    ['9903.02.20', 'ieepa'],
    ['99030125', 'ieepa'],
    ['9903.01.25.00', 'ieepa'],
    ['99030301', 'section122'],
    ['9903.88.15', 'section301'],
    ['9903.80.01', 'section232'],
    ['9903.81.90', 'section232'],
    ['9903.94.05', 'section232'],
    ['8471300100', 'other'],
    ['8471.30.0100', 'other'],
    ['9903.96.01', 'other'],
    ['', 'other'],
    ['n/a', 'other'],
    ['990', 'other'],
  ])('%s -> %s', (hts, expected) => {
    expect(classifyHts(hts, phase1)).toBe(expected);
  });
});

describe('htsFamilyLeads', () => {
  it('an HTS number whose first two digits are not a lead is never in a family', () => {
    for (const rules of RULE_SETS) {
      const leads = htsFamilyLeads(rules);
      expect(leads[99]).toBe(1);
      fc.assert(
        fc.property(fc.stringMatching(/^[0-9. ]{0,14}$/), (hts) => {
          const digits = hts.replace(/\D/g, '');
          if (digits.length >= 2 && leads[Number(digits.slice(0, 2))] === 0)
            expect(classifyHts(hts, rules)).toBe('other');
        }),
        { numRuns: 2000 },
      );
      // And every prefix of every family starts with a lead.
      const all = [
        ...rules.ieepaHtsPrefixes,
        ...rules.section122Prefixes,
        ...rules.section301Prefixes,
        ...rules.section232Prefixes,
      ];
      for (const prefix of all) expect(leads[Number(prefix.slice(0, 2))]).toBe(1);
      // Digit strings that do start with a lead reach classifyHts's own matching.
      expect(classifyHts('9903.01.25', rules)).toBe('ieepa');
      expect(classifyHts('9999.99.99', rules)).toBe('other');
    }
  });
});
