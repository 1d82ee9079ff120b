import type { ChecklistState } from '@/lib/ace/assistant-store';
import { CHECKLIST, stepsProvedBy } from '@/lib/ace/checklist';
import type { PageId } from '@/lib/ace/pages';

export function Checklist(props: {
  pageId: PageId;
  state: ChecklistState;
  onToggle(stepId: string, done: boolean): void;
  onReset(): void;
}) {
  const done = new Set(Object.entries(props.state).flatMap(([id, s]) => (s.done ? [id] : [])));
  const offers = stepsProvedBy(props.pageId, done);
  const count = CHECKLIST.filter((s) => done.has(s.id)).length;
  return (
    <div className="checklist">
      {offers.length > 0 && (
        <div className="offers" role="status">
          {offers.map((s) => (
            <p key={s.id} className="offer" data-offer-step={s.id}>
              <span>
                Looks done: <strong>{s.title}</strong>. {s.proofText}
              </span>{' '}
              <button type="button" onClick={() => props.onToggle(s.id, true)}>
                Mark done
              </button>
            </p>
          ))}
        </div>
      )}
      <p className="progress">
        {count} of {CHECKLIST.length} steps done
      </p>
      <ol className="steps">
        {CHECKLIST.map((step, i) => {
          const isDone = done.has(step.id);
          const id = `ace-step-${step.id}`;
          return (
            <li
              key={step.id}
              data-step-id={step.id}
              data-state={isDone ? 'done' : 'todo'}
              className={isDone ? 'done' : ''}
            >
              {(i === 0 || CHECKLIST[i - 1]?.group !== step.group) && (
                <span className="group">
                  {step.group === 'registration' ? 'Registration' : 'For refunds now'}
                </span>
              )}
              <label htmlFor={id}>
                <input
                  id={id}
                  type="checkbox"
                  checked={isDone}
                  onChange={(e) => props.onToggle(step.id, e.currentTarget.checked)}
                />
                <span className="title">{step.title}</span>
              </label>
              <p className="detail">{step.detail}</p>
            </li>
          );
        })}
      </ol>
      <button type="button" className="link" onClick={props.onReset}>
        Reset checklist
      </button>
    </div>
  );
}
