// CBP Form 5106 as zod schemas, block by block (DOMAIN.md §2.2). These are the *storage* shapes:
// a draft is work in progress, so every field is optional (missing -> empty) and any text is
// accepted; whether the values are right is checked separately (check.ts, completeness.ts), so a
// half-typed EIN is saved, not refused. Wrong *types* (a number where text belongs) are still
// rejected, which is what an import needs to report by field.
import { z } from 'zod';
import {
  ACTION_TYPES,
  ADDRESS_TYPES,
  CBP_NUMBER_REASONS,
  COMPANY_TYPES,
  ENTRIES_PER_YEAR,
  ID_TYPES,
  NAME_KINDS,
  PASSPORT_TYPES,
  RELATION_STATUSES,
  UTILIZATIONS,
} from './codes';

const text = () => z.string().default('');
const flags = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).default([]);

/** 2A, 2B and the address part of 3G share these sub-fields. */
export const addressSchema = z.object({
  street1: text(),
  street2: text(),
  city: text(),
  /** 2-letter US state or Canadian province. */
  state: text(),
  /** US ZIP, Canadian postal code, blank for Mexico, optional elsewhere. */
  zip: text(),
  /** ISO 3166-1 alpha-2; blank means United States. */
  country: text(),
  type: z.enum(ADDRESS_TYPES).default(''),
  /** Text for type "Other". */
  typeOther: text(),
});

export const typeOfActionSchema = z.object({ actions: flags(ACTION_TYPES) });

export const section1Schema = z.object({
  /** 1A full legal name. */
  name: text(),
  /** 1B: type of number, then the number. */
  idType: z.enum(ID_TYPES).default(''),
  idNumber: text(),
  /** 1C DIV / AKA / DBA and 1D the name. */
  nameKinds: flags(NAME_KINDS),
  otherName: text(),
  /** 1E: wish to be assigned a CBP number, and the reasons. */
  wishCbpNumber: z.boolean().default(false),
  cbpReasons: flags(CBP_NUMBER_REASONS),
  /** 1F: already-assigned CBP number (changes only). */
  cbpAssignedNumber: text(),
  /** 1G. */
  companyType: z.enum(COMPANY_TYPES).default(''),
  /** 1H. */
  entriesPerYear: z.enum(ENTRIES_PER_YEAR).default(''),
  /** 1I. */
  utilization: flags(UTILIZATIONS),
  utilizationOther: text(),
  /** 1J-1M program codes. */
  programCode1: text(),
  programCode2: text(),
  programCode3: text(),
  programCode4: text(),
});

export const section2Schema = z.object({
  mailing: addressSchema.prefault({}),
  physical: addressSchema.extend({ sameAsMailing: z.boolean().default(false) }).prefault({}),
  phone: text(),
  phoneExt: text(),
  fax: text(),
  email: text(),
  website: text(),
});

export const relatedBusinessSchema = z.object({
  status: z.enum(RELATION_STATUSES).default(''),
  name: text(),
  /** EIN, SSN or CBP-assigned number. */
  idNumber: text(),
});

export const bankSchema = z.object({
  name: text(),
  routingNumber: text(),
  city: text(),
  state: text(),
  country: text(),
});

export const officerSchema = z.object({
  title: text(),
  lastName: text(),
  firstName: text(),
  middleInitial: text(),
  phone: text(),
  phoneExt: text(),
  email: text(),
  ssn: text(),
  passportNumber: text(),
  passportCountry: text(),
  /** YYYY-MM-DD. */
  passportExpiration: text(),
  passportType: z.enum(PASSPORT_TYPES).default(''),
});

export const section3Schema = z.object({
  description: text(),
  naics: text(),
  duns: text(),
  filerCode: text(),
  yearEstablished: text(),
  related: z.array(relatedBusinessSchema).default([]),
  bank: bankSchema.prefault({}),
  /** 3H: 2-letter state or ISO country where the articles were filed. */
  articlesLocator: text(),
  articlesReference: text(),
  officers: z.array(officerSchema).default([]),
});

/** The signature itself is made on paper; the draft keeps what is typed around it. */
export const certificationSchema = z.object({
  lastName: text(),
  firstName: text(),
  middleInitial: text(),
  title: text(),
  phone: text(),
  /** YYYY-MM-DD. */
  date: text(),
  brokerName: text(),
  brokerPhone: text(),
});

export const form5106Schema = z.object({
  typeOfAction: typeOfActionSchema.prefault({}),
  section1: section1Schema.prefault({}),
  section2: section2Schema.prefault({}),
  section3: section3Schema.prefault({}),
  certification: certificationSchema.prefault({}),
});

export type Address = z.infer<typeof addressSchema>;
export type RelatedBusiness = z.infer<typeof relatedBusinessSchema>;
export type Officer = z.infer<typeof officerSchema>;
export type Form5106 = z.infer<typeof form5106Schema>;

export function emptyForm(): Form5106 {
  return form5106Schema.parse({});
}
export const emptyRelated = (): RelatedBusiness => relatedBusinessSchema.parse({});
export const emptyOfficer = (): Officer => officerSchema.parse({});
