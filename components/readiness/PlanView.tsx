// The plan: path, dated headline, ordered steps with their links, what to ask the broker, the windows
// it rests on, and the answers it came from (each one can be changed). Link targets come from the
// step table; `onOpenLink` lets the host (popup) open a page in a tab instead of navigating itself.
import { type RefObject, useId } from 'react';
import type { Plan, PlanStep } from '@/lib/readiness/plan';

export type AnswerSummary = { questionIndex: number; question: string; answer: string };

export type PlanViewProps = {
  plan: Plan;
  /** The day the answers were completed; the plan itself is recomputed for today. */
  answeredOn: string | null;
  answers: readonly AnswerSummary[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  onOpenLink?: (href: string) => void;
  onChangeAnswer: (questionIndex: number) => void;
  onStartOver: () => void;
};

function StepLink({ step, onOpenLink }: { step: PlanStep; onOpenLink?: (href: string) => void }) {
  const link = step.link;
  if (!link) return null;
  if (link.kind === 'note') return <p className="readiness-note">{link.text}</p>;
  return (
    <p>
      <a
        href={link.href}
        data-testid="readiness-step-link"
        onClick={
          onOpenLink
            ? (event) => {
                event.preventDefault();
                onOpenLink(link.href);
              }
            : undefined
        }
      >
        {link.label}
      </a>
    </p>
  );
}

export function PlanView({
  plan,
  answeredOn,
  answers,
  headingRef,
  onOpenLink,
  onChangeAnswer,
  onStartOver,
}: PlanViewProps) {
  const id = useId();
  return (
    <div
      className="readiness-plan"
      data-testid="readiness-plan"
      data-path={plan.path}
      data-ready={plan.ready}
    >
      <h3 tabIndex={-1} ref={headingRef}>
        Your plan
      </h3>
      <p className="readiness-dated" data-testid="readiness-dated">
        As of {plan.asOf}
        {answeredOn && answeredOn !== plan.asOf ? `, from your answers of ${answeredOn}` : ''}, rules{' '}
        {plan.ruleSetId}.
      </p>
      <p className="readiness-disclaimer">{plan.disclaimer}</p>

      <section className="readiness-path" aria-labelledby={`${id}-path`}>
        <h4 id={`${id}-path`}>
          Refund path: <span data-testid="readiness-path-title">{plan.title}</span>
        </h4>
        <p>{plan.summary}</p>
        <p className="readiness-headline" data-testid="readiness-headline">
          <strong>{plan.headline}</strong>
        </p>
      </section>

      {plan.steps.length > 0 ? (
        <section aria-labelledby={`${id}-steps`}>
          <h4 id={`${id}-steps`}>Next steps</h4>
          <ol className="readiness-steps">
            {plan.steps.map((step) => (
              <li key={step.id} data-step-id={step.id} data-blocking={step.blocking}>
                <strong>{step.title}</strong>
                {step.blocking ? <span className="readiness-badge"> (needed first)</span> : null}
                <p>{step.detail}</p>
                <StepLink step={step} onOpenLink={onOpenLink} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {plan.brokerAsks.length > 0 ? (
        <section aria-labelledby={`${id}-broker`}>
          <h4 id={`${id}-broker`}>{plan.brokerHeading}</h4>
          <ul className="readiness-asks" data-testid="readiness-asks">
            {plan.brokerAsks.map((ask) => (
              <li key={ask}>{ask}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <details className="readiness-windows">
        <summary>The windows behind this plan</summary>
        <dl>
          {plan.windows.map((w) => (
            <div key={w.id}>
              <dt>{w.label}</dt>
              <dd>{w.text}</dd>
            </div>
          ))}
        </dl>
      </details>

      <section aria-labelledby={`${id}-answers`}>
        <h4 id={`${id}-answers`}>Your answers</h4>
        <dl className="readiness-answers">
          {answers.map((a) => (
            <div key={a.question}>
              <dt>{a.question}</dt>
              <dd>
                {a.answer}{' '}
                <button
                  type="button"
                  className="readiness-link-button"
                  aria-label={`Change the answer to: ${a.question}`}
                  onClick={() => onChangeAnswer(a.questionIndex)}
                >
                  Change
                </button>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="readiness-nav">
        <button type="button" onClick={() => onChangeAnswer(0)} data-testid="readiness-revisit">
          Go through the questions again
        </button>
        <button type="button" onClick={onStartOver} data-testid="readiness-start-over">
          Start over
        </button>
      </div>
    </div>
  );
}
