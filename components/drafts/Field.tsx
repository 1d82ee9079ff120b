// Form controls bound to a Form5106 path. Each has a real <label>, announces its problems through
// aria-describedby (the message element) and aria-invalid, and marks required fields aria-required.
// Only errors and warnings show inline; what is missing is listed per section, not shouted at once.
import { type ReactNode, useId, useState } from 'react';
import type { Issue } from '@/lib/form5106/issues';

export type FieldProps = {
  path: string;
  label: string;
  issues: Issue[];
  required?: boolean;
  hint?: string;
};

function idFor(path: string) {
  return `f-${path.replace(/\./g, '-')}`;
}

function Messages({ id, issues, hint }: { id: string; issues: Issue[]; hint?: string }) {
  const shown = issues.filter((i) => i.level !== 'missing');
  if (!hint && shown.length === 0) return null;
  return (
    <div id={id} className="field-messages">
      {hint ? <span className="hint">{hint}</span> : null}
      {shown.map((i) => (
        <span key={i.message} className={`msg msg-${i.level}`} data-level={i.level}>
          {i.level === 'error' ? 'Error: ' : 'Check: '}
          {i.message}
        </span>
      ))}
    </div>
  );
}

function a11y(path: string, issues: Issue[], hint?: string, required?: boolean) {
  const hasMsg = hint !== undefined || issues.some((i) => i.level !== 'missing');
  return {
    id: idFor(path),
    'aria-describedby': hasMsg ? `${idFor(path)}-msg` : undefined,
    'aria-invalid': issues.some((i) => i.level === 'error') ? (true as const) : undefined,
    'aria-required': required ? (true as const) : undefined,
    'data-path': path,
  };
}

export function TextField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'email' | 'tel' | 'date' | 'url';
    secret?: boolean;
    multiline?: boolean;
    maxLength?: number;
  },
) {
  const {
    path,
    label,
    issues,
    required,
    hint,
    value,
    onChange,
    type = 'text',
    secret,
    multiline,
    maxLength,
  } = props;
  const [revealed, setRevealed] = useState(false);
  const attrs = a11y(path, issues, hint, required);
  return (
    <div className="field">
      <label htmlFor={attrs.id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <div className="control">
        {multiline ? (
          <textarea {...attrs} value={value} onChange={(e) => onChange(e.target.value)} rows={3} />
        ) : (
          <input
            {...attrs}
            type={secret && !revealed ? 'password' : type}
            autoComplete="off"
            spellCheck={false}
            maxLength={maxLength}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
        {secret ? (
          <button
            type="button"
            className="reveal"
            aria-pressed={revealed}
            aria-label={`${revealed ? 'Hide' : 'Show'} ${label}`}
            onClick={() => setRevealed(!revealed)}
          >
            {revealed ? 'Hide' : 'Show'}
          </button>
        ) : null}
      </div>
      <Messages id={`${attrs.id}-msg`} issues={issues} hint={hint} />
    </div>
  );
}

export function SelectField<V extends string>(
  props: FieldProps & {
    value: V;
    options: readonly V[];
    labels: Record<V, string>;
    onChange: (value: V) => void;
  },
) {
  const { path, label, issues, required, hint, value, options, labels, onChange } = props;
  const attrs = a11y(path, issues, hint, required);
  return (
    <div className="field">
      <label htmlFor={attrs.id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <select {...attrs} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {labels[o]}
          </option>
        ))}
      </select>
      <Messages id={`${attrs.id}-msg`} issues={issues} hint={hint} />
    </div>
  );
}

export function Checkbox(props: FieldProps & { checked: boolean; onChange: (checked: boolean) => void }) {
  const { path, label, issues, hint, checked, onChange } = props;
  const attrs = a11y(path, issues, hint);
  return (
    <div className="field check">
      <input {...attrs} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={attrs.id}>{label}</label>
      <Messages id={`${attrs.id}-msg`} issues={issues} hint={hint} />
    </div>
  );
}

/** "Check all that apply" group as a fieldset, so the question is read with each box. */
export function CheckGroup<V extends string>(
  props: FieldProps & {
    value: readonly V[];
    options: readonly V[];
    labels: Record<V, string>;
    onChange: (value: V[]) => void;
    children?: ReactNode;
  },
) {
  const { path, label, issues, required, hint, value, options, labels, onChange, children } = props;
  const msgId = `${idFor(path)}-msg`;
  const groupId = useId();
  const hasMsg = hint !== undefined || issues.some((i) => i.level !== 'missing');
  return (
    <fieldset
      className="field group"
      id={idFor(path)}
      data-path={path}
      aria-describedby={hasMsg ? msgId : undefined}
      aria-invalid={issues.some((i) => i.level === 'error') || undefined}
    >
      <legend>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </legend>
      {options.map((o) => (
        <div className="check" key={o}>
          <input
            id={`${groupId}-${o}`}
            type="checkbox"
            data-value={o}
            checked={value.includes(o)}
            onChange={(e) => onChange(e.target.checked ? [...value, o] : value.filter((v) => v !== o))}
          />
          <label htmlFor={`${groupId}-${o}`}>{labels[o]}</label>
        </div>
      ))}
      {children}
      <Messages id={msgId} issues={issues} hint={hint} />
    </fieldset>
  );
}
