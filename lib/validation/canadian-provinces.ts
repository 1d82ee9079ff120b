// Canadian province and territory codes (Canada Post), for the 5106 "State/Province" box of a
// Canadian address (DOMAIN.md §2.2, 2A).
export const CANADIAN_PROVINCES = Object.freeze({
  AB: 'Alberta',
  BC: 'British Columbia',
  MB: 'Manitoba',
  NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia',
  NT: 'Northwest Territories',
  NU: 'Nunavut',
  ON: 'Ontario',
  PE: 'Prince Edward Island',
  QC: 'Quebec',
  SK: 'Saskatchewan',
  YT: 'Yukon',
} as const);

export type CanadianProvinceCode = keyof typeof CANADIAN_PROVINCES;

/** Other spellings, keyed the way address.ts folds names. */
export const CANADIAN_PROVINCE_ALIASES = Object.freeze({
  newfoundland: 'NL',
  labrador: 'NL',
  'yukon territory': 'YT',
  pei: 'PE',
  // Pre-2001 abbreviation, still on old letterheads.
  nf: 'NL',
  pq: 'QC',
} as const satisfies Readonly<Record<string, CanadianProvinceCode>>);
