// Code lists of CBP Form 5106 (DOMAIN.md §2.2) as data: a change by CBP is a one-line edit here.
// Values are what we store; labels are what the user reads. Labels stay configurable because the
// form's own revisions disagree (1H, see ENTRIES_PER_YEAR).

export const ACTION_TYPES = ['notification', 'changeOfName', 'changeOfAddress'] as const;
export const ACTION_LABELS: Record<(typeof ACTION_TYPES)[number], string> = {
  notification: 'Notification of Identification Number',
  changeOfName: 'Change of Name',
  changeOfAddress: 'Change of Address',
};

/** 1B: which number the importer gives. 'none' = no number yet, a CBP number is requested (1E). */
export const ID_TYPES = ['', 'ein', 'ssn', 'cbpAssigned', 'none'] as const;
export const ID_TYPE_LABELS: Record<(typeof ID_TYPES)[number], string> = {
  '': 'Choose…',
  ein: 'IRS Employer Identification Number (EIN)',
  ssn: 'Social Security Number (SSN)',
  cbpAssigned: 'CBP-Assigned Number',
  none: 'None: requesting a CBP-Assigned Number (1E)',
};

/** 1E reasons, check all that apply. */
export const CBP_NUMBER_REASONS = [
  'noIrsNumber',
  'noSsn',
  'notApplied',
  'notUsResident',
  'ssnButWishCbp',
] as const;
export const CBP_NUMBER_REASON_LABELS: Record<(typeof CBP_NUMBER_REASONS)[number], string> = {
  noIrsNumber: 'I have no IRS Number',
  noSsn: 'I have no Social Security Number',
  notApplied: 'I have not applied for an IRS number or SSN',
  notUsResident: 'I am not a U.S. Resident',
  ssnButWishCbp: 'I have a SSN, but wish to use a CBP-Assigned Number on all my entry documents',
};

/** 1C: DIV / AKA / DBA. */
export const NAME_KINDS = ['div', 'aka', 'dba'] as const;
export const NAME_KIND_LABELS: Record<(typeof NAME_KINDS)[number], string> = {
  div: 'DIV (division)',
  aka: 'AKA (also known as)',
  dba: 'DBA (doing business as)',
};

/** 1G. The instructions stress that an LLC is not a corporation. */
export const COMPANY_TYPES = [
  '',
  'corporation',
  'partnership',
  'llc',
  'soleProprietorship',
  'individual',
  'usGovernment',
  'stateLocalGovernment',
  'foreignGovernment',
] as const;
export const COMPANY_TYPE_LABELS: Record<(typeof COMPANY_TYPES)[number], string> = {
  '': 'Choose…',
  corporation: 'Corporation',
  partnership: 'Partnership',
  llc: 'LLC (not a corporation)',
  soleProprietorship: 'Sole Proprietorship',
  individual: 'Individual',
  usGovernment: 'U.S. Government',
  stateLocalGovernment: 'State/Local Government',
  foreignGovernment: 'Foreign Government',
};

/**
 * 1H. The 06/25 replica reads 1-4 / 5-24 / 25 or more; the 2015 OMB draft adds the last two
 * (DOMAIN.md §2.2 ⚠). We store the enum and keep both revisions' choices.
 */
export const ENTRIES_PER_YEAR = ['', '1-4', '5-24', '25+', 'personal', 'noImport'] as const;
export const ENTRIES_PER_YEAR_LABELS: Record<(typeof ENTRIES_PER_YEAR)[number], string> = {
  '': 'Choose…',
  '1-4': '1-4 per year',
  '5-24': '5-24 per year',
  '25+': '25 or more per year',
  personal: 'Infrequent personal shipments',
  noImport: 'I do not intend to import',
};

/** 1I, all that apply ('other' comes with free text). */
export const UTILIZATIONS = [
  'importerOfRecord',
  'consignee',
  'drawbackClaimant',
  'refundsBills',
  'other',
] as const;
export const UTILIZATION_LABELS: Record<(typeof UTILIZATIONS)[number], string> = {
  importerOfRecord: 'Importer of Record',
  consignee: 'Consignee/Ultimate Consignee',
  drawbackClaimant: 'Drawback Claimant',
  refundsBills: 'Refunds/Bills',
  other: 'Other',
};

/** 2A/2B type of address. */
export const ADDRESS_TYPES = [
  '',
  'residence',
  'corporateOffice',
  'warehouse',
  'retailLocation',
  'officeBuilding',
  'businessServiceCenter',
  'poBox',
  'other',
] as const;
export const ADDRESS_TYPE_LABELS: Record<(typeof ADDRESS_TYPES)[number], string> = {
  '': 'Choose…',
  residence: 'Residence',
  corporateOffice: 'Corporate Office',
  warehouse: 'Warehouse',
  retailLocation: 'Retail Location',
  officeBuilding: 'Office Building',
  businessServiceCenter: 'Business Service Center',
  poBox: 'Post Office Box',
  other: 'Other',
};
/** 2B "cannot be a PO Box or Business Service Center". */
export const NOT_PHYSICAL_ADDRESS_TYPES: readonly string[] = ['poBox', 'businessServiceCenter'];

/** 3F related business rows. */
export const RELATION_STATUSES = ['', 'current', 'previous'] as const;
export const RELATION_STATUS_LABELS: Record<(typeof RELATION_STATUSES)[number], string> = {
  '': 'Choose…',
  current: 'Current',
  previous: 'Previous',
};

/** 3J passport type. */
export const PASSPORT_TYPES = ['', 'regular', 'official', 'diplomatic', 'passportCard'] as const;
export const PASSPORT_TYPE_LABELS: Record<(typeof PASSPORT_TYPES)[number], string> = {
  '': 'Choose…',
  regular: 'Regular',
  official: 'Official',
  diplomatic: 'Diplomatic',
  passportCard: 'Passport Card',
};

/** Rows the paper replica shows; the draft allows more, the print layout shows at least these. */
export const RELATED_ROWS_ON_FORM = 3;
export const OFFICER_ROWS_ON_FORM = 4;
