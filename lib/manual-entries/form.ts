// The manual-entry form's raw text to a checked input, field by field, with messages a user can act
// on. The entry number goes through the shared validator, whose message names the expected check
// digit ("The check digit should be 6, not 5").
import { type CalendarDate, compare } from '../deadlines/calendar-date';
import { rulesFor } from '../deadlines/rules';
import { validate } from '../validation/index';
import { parseDateInput } from './date-input';
import { ENTRY_TYPE_CODES } from './entry-types';
import { centsToDollars, parseDollarsToCents } from './money';
import type { ManualEntryInput } from './schema';

export type ManualEntryForm = {
  entryNumber: string;
  entryDate: string;
  liquidated: 'yes' | 'not-yet';
  liquidationDate: string;
  entryType: string;
  ieepaDuty: string;
};
export type FormField = keyof ManualEntryForm;

export const EMPTY_FORM: ManualEntryForm = {
  entryNumber: '',
  entryDate: '',
  liquidated: 'not-yet',
  liquidationDate: '',
  entryType: '01',
  ieepaDuty: '',
};

export type FormMessages = Partial<Record<FormField, string>>;
export type FormResult =
  | { ok: true; value: ManualEntryInput; warnings: FormMessages }
  | { ok: false; errors: FormMessages; warnings: FormMessages };

export function readManualEntryForm(form: ManualEntryForm, today: CalendarDate): FormResult {
  const errors: FormMessages = {};
  const warnings: FormMessages = {};

  let entryNumber = '';
  if (form.entryNumber.trim() === '') errors.entryNumber = 'Enter the entry number from box 1 of the 7501.';
  else {
    const checked = validate('entryNumber', form.entryNumber);
    if (checked.level === 'error') errors.entryNumber = checked.message;
    else entryNumber = checked.normalized ?? '';
  }

  const entry = parseDateInput(form.entryDate, 'entry date');
  let entryDate: CalendarDate | null = null;
  if (!entry.ok) errors.entryDate = entry.message;
  else if (compare(entry.date, today) > 0) errors.entryDate = `The entry date ${entry.date} is after today.`;
  else {
    entryDate = entry.date;
    const window = rulesFor(today).ieepaEntryDateWindow;
    if (compare(entryDate, window.from) < 0 || compare(entryDate, window.to) > 0) {
      warnings.entryDate = `Outside the IEEPA period ${window.from} to ${window.to}: such an entry should carry no IEEPA duty.`;
    }
  }

  let liquidationDate: CalendarDate | null = null;
  if (form.liquidated === 'yes') {
    const liquidation = parseDateInput(form.liquidationDate, 'liquidation date');
    if (!liquidation.ok) errors.liquidationDate = liquidation.message;
    else if (entryDate && compare(liquidation.date, entryDate) < 0) {
      errors.liquidationDate = `The liquidation date ${liquidation.date} is before the entry date ${entryDate}.`;
    } else liquidationDate = liquidation.date;
  }

  const entryType = ENTRY_TYPE_CODES.find((code) => code === form.entryType);
  if (!entryType) errors.entryType = 'Choose the entry type from box 2 of the 7501.';

  const duty = parseDollarsToCents(form.ieepaDuty);
  if (!duty.ok) errors.ieepaDuty = duty.message;
  else if (duty.cents === 0) {
    warnings.ieepaDuty = 'With no IEEPA duty paid there is nothing to claim for this entry.';
  }

  if (Object.keys(errors).length > 0 || !entryDate || !entryType || !duty.ok) {
    return { ok: false, errors, warnings };
  }
  return {
    ok: true,
    value: { entryNumber, entryDate, liquidationDate, entryType, ieepaDutyCents: duty.cents },
    warnings,
  };
}

/** A stored entry back into the form, for editing. */
export function formFromInput(input: ManualEntryInput): ManualEntryForm {
  return {
    entryNumber: input.entryNumber,
    entryDate: input.entryDate,
    liquidated: input.liquidationDate ? 'yes' : 'not-yet',
    liquidationDate: input.liquidationDate ?? '',
    entryType: input.entryType,
    ieepaDuty: centsToDollars(input.ieepaDutyCents),
  };
}
