import { mailingIsPoBox, physicalGiven } from '@/lib/form5106/cross-rules';
import { fieldLabel } from '@/lib/form5106/labels';
import { AddressFields } from './AddressFields';
import { Checkbox, TextField } from './Field';
import type { SectionProps } from './section-props';

export function Section2({ form, at, set }: SectionProps) {
  const s = form.section2;
  const text = (
    key: 'phone' | 'phoneExt' | 'fax' | 'email' | 'website',
    type: 'tel' | 'email' | 'url' | 'text',
    required = false,
  ) => {
    const path = `section2.${key}`;
    return (
      <TextField
        path={path}
        label={fieldLabel(path)}
        issues={at(path)}
        type={type}
        required={required}
        value={s[key]}
        onChange={(v) => set(path, v)}
      />
    );
  };
  const physicalRequired = mailingIsPoBox(form) || physicalGiven(form);
  return (
    <>
      <fieldset className="block">
        <legend>2A Mailing Address</legend>
        <AddressFields prefix="section2.mailing" address={s.mailing} required at={at} set={set} />
      </fieldset>
      <fieldset className="block">
        <legend>2B Physical Location Address</legend>
        <p className="hint">
          Not a PO box or business service center; a home address is allowed. Required when the mailing
          address is a PO box.
        </p>
        <Checkbox
          path="section2.physical.sameAsMailing"
          label={fieldLabel('section2.physical.sameAsMailing')}
          issues={at('section2.physical.sameAsMailing')}
          checked={s.physical.sameAsMailing}
          onChange={(v) => set('section2.physical.sameAsMailing', v)}
        />
        {s.physical.sameAsMailing ? null : (
          <AddressFields
            prefix="section2.physical"
            address={s.physical}
            required={physicalRequired}
            at={at}
            set={set}
          />
        )}
      </fieldset>
      {text('phone', 'tel', true)}
      {text('phoneExt', 'text')}
      {text('fax', 'tel')}
      {text('email', 'email', true)}
      {text('website', 'url')}
    </>
  );
}
