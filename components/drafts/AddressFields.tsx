import { ADDRESS_TYPE_LABELS, ADDRESS_TYPES } from '@/lib/form5106/codes';
import { fieldLabel } from '@/lib/form5106/labels';
import type { Address } from '@/lib/form5106/schema';
import { SelectField, TextField } from './Field';
import type { SectionProps } from './section-props';

export function AddressFields({
  prefix,
  address,
  required,
  at,
  set,
}: Pick<SectionProps, 'at' | 'set'> & { prefix: string; address: Address; required: boolean }) {
  const text = (key: Exclude<keyof Address, 'type'>, req: boolean, hint?: string) => {
    const path = `${prefix}.${key}`;
    return (
      <TextField
        path={path}
        label={fieldLabel(path)}
        issues={at(path)}
        required={req}
        hint={hint}
        value={address[key]}
        onChange={(v) => set(path, v)}
      />
    );
  };
  const foreign = address.country.trim() !== '' && !/^us$/i.test(address.country.trim());
  return (
    <>
      {text('street1', required, 'At most 32 characters.')}
      {text('street2', false)}
      {text('city', required)}
      {text(
        'state',
        required && (!foreign || /^ca$/i.test(address.country.trim())),
        'U.S. state or Canadian province, 2 letters.',
      )}
      {text(
        'zip',
        required && (!foreign || /^ca$/i.test(address.country.trim())),
        'U.S. ZIP or Canadian postal code; blank for Mexico.',
      )}
      {text('country', false, '2-letter ISO code; leave blank for the U.S.')}
      <SelectField
        path={`${prefix}.type`}
        label={fieldLabel(`${prefix}.type`)}
        required={required}
        issues={at(`${prefix}.type`)}
        value={address.type}
        options={ADDRESS_TYPES}
        labels={ADDRESS_TYPE_LABELS}
        onChange={(v) => set(`${prefix}.type`, v)}
      />
      {address.type === 'other' || address.typeOther !== ''
        ? text('typeOther', address.type === 'other')
        : null}
    </>
  );
}
