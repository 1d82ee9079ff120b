// Add or edit one entry, copied from a paper 7501. Problems show per field (aria-invalid, and the
// message tied by aria-describedby); after a failed save, focus goes to the first field in error.
import { type ReactNode, type RefObject, useId } from 'react';
import { ENTRY_TYPES } from '@/lib/manual-entries/entry-types';
import type { FormField, FormMessages, ManualEntryForm } from '@/lib/manual-entries/form';

export type EntryFormProps = {
  form: ManualEntryForm;
  errors: FormMessages;
  warnings: FormMessages;
  editingLabel: string | null;
  busy: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChange: (patch: Partial<ManualEntryForm>) => void;
  onSubmit: () => void;
  onCancel: () => void;
};

const HINTS: Partial<Record<FormField, string>> = {
  entryNumber: 'Box 1 of the 7501: filer code, 7 digits, check digit (dashes optional).',
  entryDate: 'YYYY-MM-DD or MM/DD/YYYY.',
  liquidationDate: 'From the courtesy notice (ES-701) or the liquidation bulletin.',
  ieepaDuty:
    'The sum of the duty on the 7501’s Chapter 99 lines starting 9903.01 or 9903.02, in dollars and cents.',
};

function Messages({
  id,
  field,
  errors,
  warnings,
}: { id: string; field: FormField } & Pick<EntryFormProps, 'errors' | 'warnings'>) {
  const error = errors[field];
  const warning = warnings[field];
  return (
    <div id={id} className="manual-messages">
      {HINTS[field] ? <span className="manual-hint">{HINTS[field]}</span> : null}
      {error ? (
        <span className="manual-error" data-testid={`manual-error-${field}`}>
          Error: {error}
        </span>
      ) : null}
      {warning && !error ? <span className="manual-warning">Check: {warning}</span> : null}
    </div>
  );
}

export function EntryForm(props: EntryFormProps) {
  const { form, errors, warnings, editingLabel, busy, headingRef, onChange } = props;
  const id = useId();
  const fieldId = (field: FormField) => `${id}-${field}`;
  const a11y = (field: FormField) => ({
    id: fieldId(field),
    name: field,
    'aria-describedby': `${fieldId(field)}-msg`,
    'aria-invalid': errors[field] ? (true as const) : undefined,
    'data-field': field,
  });
  const text = (
    field: Exclude<FormField, 'liquidated'>,
    label: ReactNode,
    extra: { inputMode?: 'decimal' } = {},
  ) => (
    <div className="manual-field">
      <label htmlFor={fieldId(field)}>{label}</label>
      <input
        {...a11y(field)}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={form[field]}
        onChange={(e) => onChange({ [field]: e.target.value })}
        {...extra}
      />
      <Messages id={`${fieldId(field)}-msg`} field={field} errors={errors} warnings={warnings} />
    </div>
  );

  return (
    <form
      className="manual-form"
      data-testid="manual-form"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <h3 id={`${id}-title`} tabIndex={-1} ref={headingRef}>
        {editingLabel ? `Edit entry ${editingLabel}` : 'Add an entry'}
      </h3>
      {text('entryNumber', 'Entry number')}
      {text('entryDate', 'Entry date')}
      <fieldset className="manual-field">
        <legend>Liquidated?</legend>
        {(
          [
            ['not-yet', 'Not yet'],
            ['yes', 'Yes'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="manual-radio">
            <input
              type="radio"
              name={`${id}-liquidated`}
              value={value}
              data-field="liquidated"
              checked={form.liquidated === value}
              onChange={() => onChange({ liquidated: value })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {form.liquidated === 'yes' ? text('liquidationDate', 'Liquidation date') : null}
      <div className="manual-field">
        <label htmlFor={fieldId('entryType')}>Entry type</label>
        <select
          {...a11y('entryType')}
          value={form.entryType}
          onChange={(e) => onChange({ entryType: e.target.value })}
        >
          {ENTRY_TYPES.map((t) => (
            <option key={t.code} value={t.code}>
              {t.code} {t.name}
            </option>
          ))}
        </select>
        <Messages id={`${fieldId('entryType')}-msg`} field="entryType" errors={errors} warnings={warnings} />
      </div>
      {text('ieepaDuty', 'IEEPA duty paid (USD)', { inputMode: 'decimal' })}
      <div className="manual-actions">
        <button type="submit" disabled={busy} data-testid="manual-save">
          {editingLabel ? 'Save changes' : 'Add entry'}
        </button>
        {editingLabel ? (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
