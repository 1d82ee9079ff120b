import { useEffect, useState } from 'react';
import { formatEin } from '@/lib/ace/reference';
import { validate } from '@/lib/validation/index';

export function Tools(props: {
  referenceEin: string | null;
  referenceLabel: string | null;
  onSaveReferenceEin(digits: string | null): void;
  fill: { draftName: string } | null;
  draftsLocked: boolean;
  fillableCount: number;
  onFill(): number;
}) {
  const [ein, setEin] = useState(props.referenceEin ? formatEin(props.referenceEin) : '');
  const [status, setStatus] = useState('');
  useEffect(() => setEin(props.referenceEin ? formatEin(props.referenceEin) : ''), [props.referenceEin]);
  const v = validate('ein', ein);

  return (
    <div className="tools">
      <section aria-labelledby="ace-fill-title">
        <h3 id="ace-fill-title">Fill from draft</h3>
        {props.fill ? (
          <>
            <p className="muted">
              {props.fillableCount} field{props.fillableCount === 1 ? '' : 's'} on this page can be filled
              from “{props.fill.draftName}”.
            </p>
            <button
              type="button"
              data-testid="fill-from-draft"
              disabled={props.fillableCount === 0}
              onClick={() => {
                const n = props.onFill();
                setStatus(`Filled ${n} field${n === 1 ? '' : 's'}. Check them before you continue.`);
              }}
            >
              Fill from draft
            </button>
          </>
        ) : (
          <p className="muted">
            Choose an active Form 5106 draft in the ACE Assist popup to fill this page from it.
          </p>
        )}
      </section>
      <section aria-labelledby="ace-ref-title">
        <h3 id="ace-ref-title">EIN on your Form 5106</h3>
        <p className="muted small">
          {props.referenceLabel
            ? `EINs typed on ACE are compared with ${props.referenceLabel}.`
            : 'Save it here (or make a draft active) and ACE Assist warns when a different EIN is typed on ACE.'}
        </p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!ein.trim()) {
              props.onSaveReferenceEin(null);
              setStatus('Saved EIN removed.');
              return;
            }
            if (v.level === 'error' || !v.normalized) {
              setStatus(v.message ?? 'Check the EIN.');
              return;
            }
            props.onSaveReferenceEin(v.normalized.replace(/\D/g, ''));
            setStatus(`Saved ${v.normalized}.`);
          }}
        >
          <label htmlFor="ace-ref-ein">EIN</label>
          <input
            id="ace-ref-ein"
            data-testid="reference-ein"
            value={ein}
            inputMode="numeric"
            autoComplete="off"
            placeholder="12-3456789"
            aria-invalid={v.level === 'error'}
            onChange={(e) => setEin(e.currentTarget.value)}
          />
          <button type="submit">Save</button>
        </form>
      </section>
      <p className="status" role="status" data-testid="tools-status">
        {status}
      </p>
    </div>
  );
}
