// The one rule table of the deadline engine: versioned data with effective dates. When CBP changes
// a number (a CAPE phase, a window, an HTS family), add a new version with its own `effectiveFrom`
// and source note; never edit a published version, so old analyses stay reproducible.
import { z } from 'zod';
import { type CalendarDate, compare, isCalendarDate } from './calendar-date';

const calendarDate = z.string().refine(isCalendarDate, 'Expected a real date as YYYY-MM-DD');
const htsPrefixes = z.array(z.string().regex(/^\d{4,10}$/)).readonly();

export const ruleSetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    effectiveFrom: calendarDate,
    /** Where the numbers come from (DOMAIN section and the CBP/3P source behind it). */
    source: z.string().min(1),
    ieepaHtsPrefixes: htsPrefixes,
    section122Prefixes: htsPrefixes,
    section301Prefixes: htsPrefixes,
    section232Prefixes: htsPrefixes,
    /** Calendar days after liquidation (liquidation day = day 0) during which CAPE accepts the entry. */
    capeWindowDays: z.number().int().positive(),
    /** Calendar days after liquidation to file a protest (19 U.S.C. 1514(c)(3)). */
    protestWindowDays: z.number().int().positive(),
    /** Estimate only: CBP's customary liquidation schedule after entry (3P lore, not a CBP rule). */
    projectedLiquidationDays: z.number().int().positive(),
    capeExcludedEntryTypes: z.array(z.string().regex(/^\d{2}$/)).readonly(),
    capeMaxEntriesPerFile: z.number().int().positive(),
    /** Entry dates on which IEEPA duty could have been owed. */
    ieepaEntryDateWindow: z.object({ from: calendarDate, to: calendarDate }).readonly(),
  })
  .readonly();
export type RuleSet = z.infer<typeof ruleSetSchema>;

/** All versions, oldest first. */
export const RULE_SETS: readonly RuleSet[] = [
  {
    id: 'cape-phase1-2026-04-20',
    effectiveFrom: '2026-04-20',
    source:
      'CAPE Phase 1 (CSMS #68315804, 20 Apr 2026) via DOMAIN §3.8, §3.10, §5, §6; 314 days is 3P lore (estimate); ' +
      'IEEPA window from EO 14389 / CSMS #67834313.',
    ieepaHtsPrefixes: ['990301', '990302'],
    section122Prefixes: ['990303'],
    section301Prefixes: ['990388'],
    section232Prefixes: ['990380', '990381', '990385', '990378', '990394', '990376', '990374'],
    capeWindowDays: 80,
    protestWindowDays: 180,
    projectedLiquidationDays: 314,
    capeExcludedEntryTypes: ['08', '09', '47'],
    capeMaxEntriesPerFile: 9999,
    ieepaEntryDateWindow: { from: '2025-02-01', to: '2026-02-23' },
  },
];

/**
 * Deemed liquidation (DOMAIN §5.1; 19 U.S.C. 1504(a), (b); 19 CFR 159.11, 159.12): an entry not
 * liquidated within 1 year of entry is deemed liquidated; extensions add up to 3 years, so 4 years
 * is the hard cap unless liquidation is suspended. Statute, not a CAPE rule: one table for all
 * rule-set versions. Warehouse entries (21, 22) start the year at final withdrawal, not at entry,
 * so no cap is computed from their entry date.
 */
export const DEEMED_LIQUIDATION = {
  years: 1,
  extendedCapYears: 4,
  clockNotFromEntryTypes: ['21', '22'],
} as const;

/**
 * The latest version in effect on `asOf`. Before the first version took effect there is no
 * earlier table, so the first one is used (CAPE did not exist yet; the windows are the same law).
 */
export function rulesFor(asOf: CalendarDate, ruleSets: readonly RuleSet[] = RULE_SETS): RuleSet {
  let chosen: RuleSet | undefined;
  for (const rules of ruleSets) {
    if (
      compare(rules.effectiveFrom, asOf) <= 0 &&
      (!chosen || compare(rules.effectiveFrom, chosen.effectiveFrom) >= 0)
    ) {
      chosen = rules;
    }
  }
  const first = ruleSets[0];
  if (chosen) return chosen;
  if (first) return first;
  throw new RangeError('No rule sets defined');
}

export type HtsClass = 'ieepa' | 'section122' | 'section301' | 'section232' | 'other';

const HTS_CLASS_FIELDS = [
  ['ieepa', 'ieepaHtsPrefixes'],
  ['section122', 'section122Prefixes'],
  ['section301', 'section301Prefixes'],
  ['section232', 'section232Prefixes'],
] as const satisfies readonly (readonly [HtsClass, keyof RuleSet])[];

/**
 * The first two digits of every family prefix, as flags by number (0-99): an HTS number that starts
 * with any other two digits is 'other' without matching further (the analysis then skips reading
 * the cell as text for most tariff lines). Prefixes have at least 4 digits (ruleSetSchema).
 */
export function htsFamilyLeads(rules: RuleSet): Uint8Array {
  const leads = new Uint8Array(100);
  for (const [, field] of HTS_CLASS_FIELDS)
    for (const prefix of rules[field]) leads[Number(prefix.slice(0, 2))] = 1;
  return leads;
}

/** Which duty family an HTS number belongs to: non-digits are stripped, then prefixes matched. */
export function classifyHts(hts: string, rules: RuleSet): HtsClass {
  const digits = hts.replace(/\D/g, '');
  if (digits === '') return 'other';
  for (const [htsClass, field] of HTS_CLASS_FIELDS) {
    if (rules[field].some((prefix) => digits.startsWith(prefix))) return htsClass;
  }
  return 'other';
}
