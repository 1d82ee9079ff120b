import {
  CBP_NUMBER_REASON_LABELS,
  CBP_NUMBER_REASONS,
  COMPANY_TYPE_LABELS,
  COMPANY_TYPES,
  ENTRIES_PER_YEAR,
  ENTRIES_PER_YEAR_LABELS,
  ID_TYPE_LABELS,
  ID_TYPES,
  NAME_KIND_LABELS,
  NAME_KINDS,
  UTILIZATION_LABELS,
  UTILIZATIONS,
} from '@/lib/form5106/codes';
import { fieldLabel } from '@/lib/form5106/labels';
import { Checkbox, CheckGroup, SelectField, TextField } from './Field';
import type { SectionProps } from './section-props';

export function Section1({ form, at, set }: SectionProps) {
  const s = form.section1;
  const text = (key: keyof typeof s, extra: { required?: boolean; hint?: string; secret?: boolean } = {}) => {
    const path = `section1.${key}`;
    return (
      <TextField
        path={path}
        label={fieldLabel(path)}
        issues={at(path)}
        value={String(s[key])}
        onChange={(v) => set(path, v)}
        {...extra}
      />
    );
  };
  return (
    <>
      {text('name', { required: true, hint: 'Full legal name.' })}
      <SelectField
        path="section1.idType"
        label={fieldLabel('section1.idType')}
        required
        issues={at('section1.idType')}
        value={s.idType}
        options={ID_TYPES}
        labels={ID_TYPE_LABELS}
        onChange={(v) => set('section1.idType', v)}
      />
      {s.idType !== 'none'
        ? text('idNumber', {
            required: s.idType !== '',
            secret: s.idType === 'ssn',
            hint: s.idType === 'ssn' ? 'The SSN should belong to the principal or owner.' : undefined,
          })
        : null}
      <CheckGroup
        path="section1.nameKinds"
        label={fieldLabel('section1.nameKinds')}
        issues={at('section1.nameKinds')}
        value={s.nameKinds}
        options={NAME_KINDS}
        labels={NAME_KIND_LABELS}
        onChange={(v) => set('section1.nameKinds', v)}
      />
      {text('otherName', { required: s.nameKinds.length > 0 })}
      <Checkbox
        path="section1.wishCbpNumber"
        label={fieldLabel('section1.wishCbpNumber')}
        issues={at('section1.wishCbpNumber')}
        checked={s.wishCbpNumber}
        onChange={(v) => set('section1.wishCbpNumber', v)}
      />
      {s.wishCbpNumber || s.idType === 'none' || s.cbpReasons.length > 0 ? (
        <CheckGroup
          path="section1.cbpReasons"
          label={fieldLabel('section1.cbpReasons')}
          required
          issues={at('section1.cbpReasons')}
          value={s.cbpReasons}
          options={CBP_NUMBER_REASONS}
          labels={CBP_NUMBER_REASON_LABELS}
          onChange={(v) => set('section1.cbpReasons', v)}
        />
      ) : null}
      {text('cbpAssignedNumber', {
        hint: 'Only if one is already assigned and this is a change (YYDDPP-NNNNN).',
      })}
      <SelectField
        path="section1.companyType"
        label={fieldLabel('section1.companyType')}
        issues={at('section1.companyType')}
        value={s.companyType}
        options={COMPANY_TYPES}
        labels={COMPANY_TYPE_LABELS}
        onChange={(v) => set('section1.companyType', v)}
      />
      <SelectField
        path="section1.entriesPerYear"
        label={fieldLabel('section1.entriesPerYear')}
        issues={at('section1.entriesPerYear')}
        value={s.entriesPerYear}
        options={ENTRIES_PER_YEAR}
        labels={ENTRIES_PER_YEAR_LABELS}
        onChange={(v) => set('section1.entriesPerYear', v)}
      />
      <CheckGroup
        path="section1.utilization"
        label={fieldLabel('section1.utilization')}
        issues={at('section1.utilization')}
        value={s.utilization}
        options={UTILIZATIONS}
        labels={UTILIZATION_LABELS}
        onChange={(v) => set('section1.utilization', v)}
      />
      {s.utilization.includes('other') || s.utilizationOther !== ''
        ? text('utilizationOther', { required: true })
        : null}
      {text('programCode1', {
        hint: 'Partnership programs such as CTPAT; active participants may skip Section 3.',
      })}
      {text('programCode2')}
      {text('programCode3')}
      {text('programCode4')}
    </>
  );
}
