// One wording for storage failures, so every repository tells the user the same actionable thing.
// Each repository wraps the message in its own result type.

/** "Could not save the draft: the browser says its storage is full. ..." */
export function storageErrorMessage(
  error: unknown,
  doing: string,
  hint = 'Try again, or reload the page.',
): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return `Could not ${doing}: the browser says its storage is full. Free disk space, then try again.`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Could not ${doing} (browser storage error: ${detail}). ${hint}`;
}
