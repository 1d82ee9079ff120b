// Saves text as a file through a temporary object URL: no network, nothing left behind.
export function downloadText(name: string, content: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked later: Firefox starts the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
