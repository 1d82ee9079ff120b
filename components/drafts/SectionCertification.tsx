import { fieldLabel } from '@/lib/form5106/labels';
import { TextField } from './Field';
import type { SectionProps } from './section-props';

const FIELDS = [
  ['lastName', true],
  ['firstName', true],
  ['middleInitial', false],
  ['title', true],
  ['phone', false],
  ['date', true],
  ['brokerName', false],
  ['brokerPhone', false],
] as const;

export function SectionCertification({ form, at, set }: SectionProps) {
  return (
    <>
      <p className="hint">
        The signer certifies under 18 U.S.C. §1001. The signature itself goes on the printed form.
      </p>
      {FIELDS.map(([key, required]) => {
        const path = `certification.${key}`;
        return (
          <TextField
            key={path}
            path={path}
            label={fieldLabel(path)}
            issues={at(path)}
            required={required}
            type={key === 'date' ? 'date' : key.toLowerCase().includes('phone') ? 'tel' : 'text'}
            value={form.certification[key]}
            onChange={(v) => set(path, v)}
          />
        );
      })}
    </>
  );
}
