// Block numbers and labels of every field path, shared by the editor, the issue list and the printed
// summary, so "3J row 2: SSN" reads the same everywhere. Paths are dot paths into Form5106; array
// indexes are written as '*' here.

export const SECTION_IDS = ['typeOfAction', 'section1', 'section2', 'section3', 'certification'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SECTION_LABELS: Record<SectionId, string> = {
  typeOfAction: 'Type of Action',
  section1: 'Section 1: Name and Identification Number',
  section2: 'Section 2: Address Information',
  section3: 'Section 3: Company Information',
  certification: 'Certification',
};

export const SECTION_SHORT_LABELS: Record<SectionId, string> = {
  typeOfAction: 'Action',
  section1: '1 Name & ID',
  section2: '2 Addresses',
  section3: '3 Company',
  certification: 'Certify',
};

const ADDRESS_PARTS: Record<string, string> = {
  street1: 'Street Address 1',
  street2: 'Street Address 2',
  city: 'City',
  state: 'State/Province',
  zip: 'Zip Code',
  country: 'Country ISO Code',
  type: 'Type of address',
  typeOther: 'Type of address (other)',
  sameAsMailing: 'Same as mailing address',
};

const LABELS: Record<string, string> = {
  'typeOfAction.actions': 'Type of Action',
  'section1.name': '1A Importer/Business/Private Party Name',
  'section1.idType': '1B Type of number',
  'section1.idNumber': '1B EIN, SSN or CBP-Assigned Number',
  'section1.nameKinds': '1C DIV/AKA/DBA',
  'section1.otherName': '1D DIV/AKA/DBA Name',
  'section1.wishCbpNumber': '1E I wish to be assigned a CBP Number',
  'section1.cbpReasons': '1E Reasons',
  'section1.cbpAssignedNumber': '1F CBP-Assigned Number',
  'section1.companyType': '1G Type of Company',
  'section1.entriesPerYear': '1H Entries planned per year',
  'section1.utilization': '1I How the number will be used',
  'section1.utilizationOther': '1I Other use',
  'section1.programCode1': '1J Program Code 1',
  'section1.programCode2': '1K Program Code 2',
  'section1.programCode3': '1L Program Code 3',
  'section1.programCode4': '1M Program Code 4',
  'section2.phone': '2C Phone Number',
  'section2.phoneExt': '2C Extension',
  'section2.fax': '2D Fax Number',
  'section2.email': '2E E-mail Address',
  'section2.website': '2F Website',
  'section3.description': '3A Business description',
  'section3.naics': '3B NAICS code',
  'section3.duns': '3C D-U-N-S Number',
  'section3.filerCode': '3D Filer code',
  'section3.yearEstablished': '3E Year Established',
  'section3.related': '3F Related business entities',
  'section3.related.*.status': '3F Current/Previous',
  'section3.related.*.name': '3F Name',
  'section3.related.*.idNumber': '3F EIN/SSN/CBP Number',
  'section3.bank.name': '3G Bank name',
  'section3.bank.routingNumber': '3G Bank Routing Number',
  'section3.bank.city': '3G Bank city',
  'section3.bank.state': '3G Bank state',
  'section3.bank.country': '3G Bank country ISO code',
  'section3.articlesLocator': '3H Articles of Incorporation Locator I.D.',
  'section3.articlesReference': '3I Articles of Incorporation Reference Number',
  'section3.officers': '3J Business structure / officers',
  'section3.officers.*.title': '3J Company Position Title',
  'section3.officers.*.lastName': '3J Last name',
  'section3.officers.*.firstName': '3J First name',
  'section3.officers.*.middleInitial': '3J MI',
  'section3.officers.*.phone': '3J Direct Phone',
  'section3.officers.*.phoneExt': '3J Extension',
  'section3.officers.*.email': '3J Direct Email',
  'section3.officers.*.ssn': '3J SSN',
  'section3.officers.*.passportNumber': '3J Passport Number',
  'section3.officers.*.passportCountry': '3J Country of Issuance',
  'section3.officers.*.passportExpiration': '3J Passport Expiration Date',
  'section3.officers.*.passportType': '3J Passport Type',
  'certification.lastName': 'Certifier last name',
  'certification.firstName': 'Certifier first name',
  'certification.middleInitial': 'Certifier MI',
  'certification.title': 'Title',
  'certification.phone': 'Telephone Number',
  'certification.date': 'Date',
  'certification.brokerName': 'Broker Name',
  'certification.brokerPhone': 'Broker Telephone Number',
};
for (const [part, label] of Object.entries(ADDRESS_PARTS)) {
  LABELS[`section2.mailing.${part}`] = `2A Mailing: ${label}`;
  LABELS[`section2.physical.${part}`] = `2B Physical: ${label}`;
}

/** "section3.officers.1.ssn" -> "3J row 2: SSN" style label; unknown paths fall back to the path. */
export function fieldLabel(path: string): string {
  const generic = path.replace(/\.\d+(?=\.|$)/g, '.*');
  const label = LABELS[generic];
  if (!label) return path;
  const row = /\.(\d+)\./.exec(path);
  return row ? label.replace(/^(\w\w) /, `$1 row ${Number(row[1]) + 1}: `) : label;
}

export function sectionOf(path: string): SectionId {
  const head = path.split('.')[0];
  return (SECTION_IDS as readonly string[]).includes(head ?? '') ? (head as SectionId) : 'section1';
}
