// The readiness check: seven questions, one at a time, then a dated plan. Answers are saved as they
// are given (browser.storage.local, zod-validated), so closing the popup loses nothing and the
// plan can be revisited and changed. Mount it in the popup or a full page:
//
//   <ReadinessCheck />                              storage.local, today's date in the user's zone
//   <ReadinessCheck onOpenLink={(href) => ...} />   the host opens plan links (e.g. in a new tab)
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CalendarDate } from '@/lib/deadlines/calendar-date';
import { todayIn } from '@/lib/deadlines/calendar-date';
import type { PartialAnswers } from '@/lib/readiness/answers';
import { buildPlan } from '@/lib/readiness/plan';
import { QUESTIONS } from '@/lib/readiness/questions';
import { EMPTY_STATE, type ReadinessState, type ReadinessStore, readinessStore } from '@/lib/readiness/store';
import { fill, windowValues } from '@/lib/readiness/windows';
import { type AnswerSummary, PlanView } from './PlanView';
import { QuestionStep } from './QuestionStep';
import './style.css';

export type ReadinessCheckProps = {
  /** Where answers live; browser.storage.local by default (tests pass their own). */
  store?: ReadinessStore;
  /** Today's calendar date; the user's own time zone by default. */
  today?: () => CalendarDate;
  /** Opens a plan link (extension-relative href such as 'analyzer.html'); plain navigation when absent. */
  onOpenLink?: (href: string) => void;
};

const CHOOSE_ONE = 'Choose an answer to continue.';

export function ReadinessCheck({ store = readinessStore, today = todayIn, onOpenLink }: ReadinessCheckProps) {
  const [state, setState] = useState<ReadinessState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  // Focus moves only after the user navigates, not when the check first appears.
  const focusNext = useRef(false);
  const asOf = useMemo(() => today(), [today]);
  const values = useMemo(() => windowValues(asOf), [asOf]);

  useEffect(() => {
    let live = true;
    // A store that cannot be read starts the check afresh rather than leaving "Loading" up.
    store.load().then(
      (loaded) => live && setState(loaded),
      () => live && setState(EMPTY_STATE),
    );
    return () => {
      live = false;
    };
  }, [store]);

  const showPlan = state?.completedOn != null;
  const position = state?.position ?? 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the view changes, by design
  useEffect(() => {
    if (focusNext.current) {
      focusNext.current = false;
      headingRef.current?.focus();
    }
  }, [position, showPlan]);

  const update = useCallback(
    (next: ReadinessState, moveFocus: boolean) => {
      focusNext.current = moveFocus;
      setState(next);
      void store
        .save(next)
        .then(setSaveProblem, () =>
          setSaveProblem('Your answers could not be saved. They are still on screen; try again.'),
        );
    },
    [store],
  );

  if (!state) {
    return (
      <p className="readiness" role="status">
        Loading your answers…
      </p>
    );
  }

  const question = QUESTIONS[position] ?? QUESTIONS[0];
  if (!question) return null;
  const answers: PartialAnswers = state.answers;
  const planResult = showPlan ? buildPlan(answers, asOf) : null;

  const goTo = (index: number) => {
    setError(null);
    update({ ...state, position: index, completedOn: null }, true);
  };

  const next = () => {
    if (answers[question.id] === undefined) {
      setError(CHOOSE_ONE);
      return;
    }
    setError(null);
    const missing = QUESTIONS.findIndex((q) => answers[q.id] === undefined);
    if (position < QUESTIONS.length - 1) update({ ...state, position: position + 1 }, true);
    else if (missing >= 0) update({ ...state, position: missing }, true);
    else update({ ...state, completedOn: asOf }, true);
  };

  const answerSummaries: AnswerSummary[] = QUESTIONS.map((q, questionIndex) => ({
    questionIndex,
    question: fill(q.title, values),
    answer: fill(q.options.find((o) => o.value === answers[q.id])?.label ?? 'Not answered', values),
  }));

  return (
    <section className="readiness" aria-label="Readiness check" data-testid="readiness-check">
      {saveProblem ? (
        <p role="alert" className="readiness-error">
          {saveProblem}
        </p>
      ) : null}
      {planResult?.ok ? (
        <PlanView
          plan={planResult.plan}
          answeredOn={state.completedOn}
          answers={answerSummaries}
          headingRef={headingRef}
          onOpenLink={onOpenLink}
          onChangeAnswer={goTo}
          onStartOver={() => {
            setError(null);
            update(EMPTY_STATE, true);
          }}
        />
      ) : (
        <QuestionStep
          key={question.id}
          index={position}
          total={QUESTIONS.length}
          questionId={question.id}
          title={fill(question.title, values)}
          help={question.help.map((h) => fill(h, values))}
          options={question.options.map((o) => ({ value: o.value, label: fill(o.label, values) }))}
          value={answers[question.id]}
          error={error}
          headingRef={headingRef}
          onChange={(value) => {
            setError(null);
            // The radio values are the question's own option ids; the store re-checks them with zod.
            const changed = { ...answers, [question.id]: value } as PartialAnswers;
            update({ ...state, answers: changed }, false);
          }}
          onBack={() => goTo(Math.max(0, position - 1))}
          onNext={next}
        />
      )}
    </section>
  );
}
