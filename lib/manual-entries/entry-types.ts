// Entry type codes a 7501 carries in its "Entry Type" box (DOMAIN §3.10, [MEM] there: verify against
// CBP's list before relying on a name). Which types CAPE excludes is not repeated here: that is the
// rule table's `capeExcludedEntryTypes`, read by computeStatus.
export const ENTRY_TYPES = [
  { code: '01', name: 'Consumption' },
  { code: '02', name: 'Quota' },
  { code: '03', name: 'AD/CVD' },
  { code: '06', name: 'FTZ consumption' },
  { code: '07', name: 'Quota and AD/CVD' },
  { code: '08', name: 'USMCA duty deferral' },
  { code: '09', name: 'Reconciliation summary' },
  { code: '11', name: 'Informal' },
  { code: '21', name: 'Warehouse' },
  { code: '22', name: 'Re-warehouse' },
  { code: '23', name: 'Temporary importation under bond' },
  { code: '31', name: 'Warehouse withdrawal for consumption' },
  { code: '32', name: 'Warehouse withdrawal, quota' },
  { code: '34', name: 'Warehouse withdrawal, AD/CVD' },
  { code: '38', name: 'Warehouse withdrawal, quota and AD/CVD' },
  { code: '47', name: 'Drawback' },
  { code: '51', name: 'DCASR' },
  { code: '52', name: 'Government' },
  { code: '61', name: 'Immediate transportation (in-bond)' },
  { code: '62', name: 'Transportation and exportation (in-bond)' },
  { code: '63', name: 'Immediate exportation (in-bond)' },
  { code: '69', name: 'Transit (rail, in-bond)' },
  { code: '86', name: 'Section 321 de minimis' },
] as const;

export type EntryTypeCode = (typeof ENTRY_TYPES)[number]['code'];
export const ENTRY_TYPE_CODES = ENTRY_TYPES.map((t) => t.code) as [EntryTypeCode, ...EntryTypeCode[]];
export const DEFAULT_ENTRY_TYPE: EntryTypeCode = '01';
