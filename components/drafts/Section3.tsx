import {
  PASSPORT_TYPE_LABELS,
  PASSPORT_TYPES,
  RELATION_STATUS_LABELS,
  RELATION_STATUSES,
} from '@/lib/form5106/codes';
import { fieldLabel } from '@/lib/form5106/labels';
import { emptyOfficer, emptyRelated, type Officer, type RelatedBusiness } from '@/lib/form5106/schema';
import { SelectField, TextField } from './Field';
import type { SectionProps } from './section-props';

const SECRET_OFFICER_FIELDS: ReadonlySet<string> = new Set(['ssn', 'passportNumber']);

export function Section3({ form, at, set }: SectionProps) {
  const s = form.section3;
  const text = (
    path: string,
    value: string,
    extra: { multiline?: boolean; secret?: boolean; type?: 'date' | 'email' | 'tel' } = {},
  ) => (
    <TextField
      key={path}
      path={path}
      label={fieldLabel(path)}
      issues={at(path)}
      value={value}
      onChange={(v) => set(path, v)}
      {...extra}
    />
  );
  const officersIssues = at('section3.officers');
  return (
    <>
      <p className="hint">
        Section 3 is optional in most cases; 3J is required with "I have a SSN, but wish to use a CBP-Assigned
        Number".
      </p>
      {text('section3.description', s.description, { multiline: true })}
      {text('section3.naics', s.naics)}
      {text('section3.duns', s.duns)}
      {text('section3.filerCode', s.filerCode)}
      {text('section3.yearEstablished', s.yearEstablished)}
      <fieldset className="block">
        <legend>3F Related business entities</legend>
        {s.related.map((row, i) => {
          const p = `section3.related.${i}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
            <fieldset className="row" key={i}>
              <legend>Related business {i + 1}</legend>
              <SelectField
                path={`${p}.status`}
                label={fieldLabel(`${p}.status`)}
                issues={at(`${p}.status`)}
                value={row.status}
                options={RELATION_STATUSES}
                labels={RELATION_STATUS_LABELS}
                onChange={(v) => set(`${p}.status`, v)}
              />
              {(['name', 'idNumber'] as const satisfies readonly (keyof RelatedBusiness)[]).map((k) =>
                text(`${p}.${k}`, row[k], { secret: k === 'idNumber' }),
              )}
              <button
                type="button"
                onClick={() =>
                  set(
                    'section3.related',
                    s.related.filter((_, j) => j !== i),
                  )
                }
              >
                Remove related business {i + 1}
              </button>
            </fieldset>
          );
        })}
        <button type="button" onClick={() => set('section3.related', [...s.related, emptyRelated()])}>
          Add a related business
        </button>
      </fieldset>
      <fieldset className="block">
        <legend>3G Primary Banking Institution</legend>
        <p className="hint">
          Informational only: this does not enrol you in ACH refunds (that is the ACE ACH Refund Authorization
          tab).
        </p>
        {text('section3.bank.name', s.bank.name)}
        {text('section3.bank.routingNumber', s.bank.routingNumber, { secret: true })}
        {text('section3.bank.city', s.bank.city)}
        {text('section3.bank.state', s.bank.state)}
        {text('section3.bank.country', s.bank.country)}
      </fieldset>
      {text('section3.articlesLocator', s.articlesLocator)}
      {text('section3.articlesReference', s.articlesReference)}
      <fieldset
        className="block"
        id="f-section3-officers"
        data-path="section3.officers"
        aria-describedby={officersIssues.length ? 'f-section3-officers-msg' : undefined}
      >
        <legend>3J Business structure / beneficial owner / company officers</legend>
        {officersIssues.length ? (
          <p id="f-section3-officers-msg" className="msg msg-missing">
            {officersIssues.map((i) => i.message).join(' ')}
          </p>
        ) : null}
        {s.officers.map((row, i) => {
          const p = `section3.officers.${i}`;
          const keys = [
            'title',
            'lastName',
            'firstName',
            'middleInitial',
            'phone',
            'phoneExt',
            'email',
            'ssn',
            'passportNumber',
            'passportCountry',
            'passportExpiration',
          ] as const satisfies readonly (keyof Officer)[];
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
            <fieldset className="row" key={i}>
              <legend>Person {i + 1}</legend>
              {keys.map((k) =>
                text(`${p}.${k}`, row[k], {
                  secret: SECRET_OFFICER_FIELDS.has(k),
                  type: k === 'passportExpiration' ? 'date' : k === 'email' ? 'email' : undefined,
                }),
              )}
              <SelectField
                path={`${p}.passportType`}
                label={fieldLabel(`${p}.passportType`)}
                issues={at(`${p}.passportType`)}
                value={row.passportType}
                options={PASSPORT_TYPES}
                labels={PASSPORT_TYPE_LABELS}
                onChange={(v) => set(`${p}.passportType`, v)}
              />
              <button
                type="button"
                onClick={() =>
                  set(
                    'section3.officers',
                    s.officers.filter((_, j) => j !== i),
                  )
                }
              >
                Remove person {i + 1}
              </button>
            </fieldset>
          );
        })}
        <button type="button" onClick={() => set('section3.officers', [...s.officers, emptyOfficer()])}>
          Add a person
        </button>
      </fieldset>
    </>
  );
}
