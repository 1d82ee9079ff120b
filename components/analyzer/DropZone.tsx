// Drop area plus a real file input (keyboard: Tab to "Choose files", Enter/Space opens the picker).
import { type DragEvent, useId, useState } from 'react';

type Props = {
  onFiles(files: File[]): void;
  disabled?: boolean;
  /** Shorter text for the popup. */
  compact?: boolean;
};

export const ACCEPT =
  '.csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function DropZone({ onFiles, disabled = false, compact = false }: Props) {
  const [over, setOver] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };
  return (
    // Not a button: the file input inside is the keyboard way in; dropping is a mouse extra.
    <fieldset
      className={`aa-drop${over ? ' aa-drop--over' : ''}`}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <legend className="aa-visually-hidden">Report files</legend>
      <p id={hintId} className="aa-drop__hint">
        {compact
          ? 'Drop ACE report downloads (CSV or XLSX) here, or'
          : 'Drop ACE report downloads here (ES-003, ES-701, protest or CAPE exports; CSV or XLSX), or'}
      </p>
      <label htmlFor={inputId} className="aa-button aa-button--primary">
        Choose files
      </label>
      <input
        id={inputId}
        className="aa-visually-hidden-input"
        type="file"
        multiple
        accept={ACCEPT}
        disabled={disabled}
        aria-describedby={hintId}
        data-testid="file-input"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Reset so choosing the same file again still fires a change.
          e.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </fieldset>
  );
}
