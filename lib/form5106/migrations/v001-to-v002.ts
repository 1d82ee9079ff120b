// v1 -> v2. Version 1 kept 1H as free text ("about 10 a year") and the 2A/2B addresses as flat
// fields on section 2 (mailingStreet1, physicalCity, ...). Version 2 stores 1H as the form's choice
// and each address as one object, with 2B's "same as mailing" option.
// Text that cannot be mapped goes to the draft's notes: a migration never drops what a user typed.
import { z } from 'zod';

const str = z.string().catch('');

/** The v1 shape, as loosely as it can be read: only what this step moves is spelled out. */
export const v1ContentSchema = z.looseObject({
  schemaVersion: z.literal(1),
  name: str.default(''),
  notes: str.optional(),
  form: z
    .looseObject({
      section1: z.looseObject({ entriesPerYear: str.default('') }).prefault({}),
      section2: z.looseObject({}).prefault({}),
    })
    .prefault({}),
});

const PARTS = ['Street1', 'Street2', 'City', 'State', 'Zip', 'Country', 'Type'] as const;
const V2_PART: Record<(typeof PARTS)[number], string> = {
  Street1: 'street1',
  Street2: 'street2',
  City: 'city',
  State: 'state',
  Zip: 'zip',
  Country: 'country',
  Type: 'type',
};
const ADDRESS_TYPES_V1: Record<string, string> = {
  residence: 'residence',
  'corporate office': 'corporateOffice',
  warehouse: 'warehouse',
  'retail location': 'retailLocation',
  'office building': 'officeBuilding',
  'business service center': 'businessServiceCenter',
  'post office box': 'poBox',
  'po box': 'poBox',
  other: 'other',
};

/** Free-text 1H to the v2 choice, or undefined when the text cannot be read for sure. */
export function entriesPerYearFromText(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return '';
  if (/not\s+(intend|plan)|no\s+import|none/.test(t)) return 'noImport';
  if (/personal/.test(t)) return 'personal';
  const n = /\d+/.exec(t);
  if (!n) return undefined;
  const count = Number(n[0]);
  if (count < 1) return 'noImport';
  if (count <= 4) return '1-4';
  if (count <= 24) return '5-24';
  return '25+';
}

export function v001ToV002(raw: unknown): unknown {
  const v1 = v1ContentSchema.parse(raw);
  const notes: string[] = v1.notes ? [v1.notes] : [];
  const s2 = v1.form.section2 as Record<string, unknown>;
  const rest: Record<string, unknown> = {};
  const mailing: Record<string, string> = {};
  const physical: Record<string, string> = {};
  for (const [key, value] of Object.entries(s2)) {
    const m = /^(mailing|physical)(Street1|Street2|City|State|Zip|Country|Type)$/.exec(key);
    if (!m) {
      rest[key] = value;
      continue;
    }
    const target = m[1] === 'mailing' ? mailing : physical;
    const part = V2_PART[m[2] as (typeof PARTS)[number]];
    const text = typeof value === 'string' ? value : '';
    if (part === 'type') {
      const mapped = ADDRESS_TYPES_V1[text.trim().toLowerCase()];
      if (mapped) target.type = mapped;
      else if (text.trim() !== '') {
        target.type = 'other';
        target.typeOther = text.trim();
      }
    } else {
      target[part] = text;
    }
  }
  const s1 = { ...(v1.form.section1 as Record<string, unknown>) };
  const entries = entriesPerYearFromText(v1.form.section1.entriesPerYear);
  if (entries === undefined) {
    notes.push(
      `1H (entries per year) was "${v1.form.section1.entriesPerYear.trim()}": choose the matching answer.`,
    );
    s1.entriesPerYear = '';
  } else {
    s1.entriesPerYear = entries;
  }
  return {
    ...v1,
    schemaVersion: 2,
    notes: notes.join('\n'),
    form: { ...v1.form, section1: s1, section2: { ...rest, mailing, physical } },
  };
}
