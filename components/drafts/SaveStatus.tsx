// Save state, announced: progress politely (role=status), problems at once (role=alert).
import type { SaveState } from './useAutosave';

export function SaveStatus({
  state,
  onRetry,
  onKeepMine,
  onTakeTheirs,
}: {
  state: SaveState;
  onRetry: () => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  return (
    <>
      <p role="status" className="save-status" data-testid="save-status" data-state={state.kind}>
        {state.kind === 'saved'
          ? `Saved ${new Date(state.at).toLocaleTimeString()}`
          : state.kind === 'saving' || state.kind === 'pending'
            ? 'Saving…'
            : state.kind === 'conflict'
              ? 'Not saved: changed elsewhere'
              : 'Not saved'}
      </p>
      {state.kind === 'error' ? (
        <div role="alert" className="alert" data-testid="save-error">
          <p>{state.message}</p>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      ) : null}
      {state.kind === 'conflict' ? (
        <div role="alert" className="alert" data-testid="save-conflict">
          <p>{state.message}</p>
          <button type="button" onClick={onKeepMine} data-testid="keep-mine">
            Keep my version
          </button>
          <button type="button" onClick={onTakeTheirs} data-testid="take-theirs">
            Load the other version (drop my edits)
          </button>
        </div>
      ) : null}
    </>
  );
}
