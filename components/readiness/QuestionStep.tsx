// One question of the readiness check: a radio group in a fieldset whose legend is the question's
// heading. The heading takes focus when the question appears (screen readers read it, and Tab goes
// on into the group). Native radios give Space and the arrow keys; Enter is taken here to mean Next,
// the same in every browser (Firefox submits on Enter in a radio group, Chromium does not).
import { type KeyboardEvent, type RefObject, useId } from 'react';

export type QuestionStepProps = {
  index: number;
  total: number;
  title: string;
  help: readonly string[];
  options: readonly { value: string; label: string }[];
  value: string | undefined;
  error: string | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  questionId: string;
  onChange: (value: string) => void;
  onBack: () => void;
  onNext: () => void;
};

export function QuestionStep(props: QuestionStepProps) {
  const { index, total, title, help, options, value, error, headingRef, questionId } = props;
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const last = index === total - 1;

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.target as HTMLElement).matches('input[type="radio"]')) {
      event.preventDefault();
      props.onNext();
    }
  };

  return (
    <form
      className="readiness-question"
      data-testid="readiness-question"
      data-question-id={questionId}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        props.onNext();
      }}
    >
      <p className="readiness-progress" data-testid="readiness-progress">
        Question {index + 1} of {total}
      </p>
      <fieldset
        aria-describedby={error ? `${helpId} ${errorId}` : helpId}
        aria-invalid={error ? true : undefined}
      >
        <legend>
          <h3 tabIndex={-1} ref={headingRef} data-testid="readiness-question-heading">
            {title}
          </h3>
        </legend>
        <div id={helpId} className="readiness-help">
          {help.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
        <div className="readiness-options">
          {options.map((option) => (
            <label key={option.value} className="readiness-option">
              <input
                type="radio"
                name={`${id}-${questionId}`}
                value={option.value}
                checked={value === option.value}
                onChange={() => props.onChange(option.value)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
        {error ? (
          <p id={errorId} className="readiness-error" role="alert" data-testid="readiness-error">
            {error}
          </p>
        ) : null}
      </fieldset>
      <div className="readiness-nav">
        <button type="button" onClick={props.onBack} disabled={index === 0}>
          Back
        </button>
        <button type="submit" data-testid="readiness-next">
          {last ? 'See my plan' : 'Next'}
        </button>
      </div>
    </form>
  );
}
