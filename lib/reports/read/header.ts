// Finding the header row among banner/title rows, shared by the text and XLSX readers.
import { HEADER_SEARCH_ROWS, ReadError } from './types';

export type HeaderSearch =
  | { state: 'searching' }
  | { state: 'found'; header: string[]; rowNumber: number; bannerRows: string[][] }
  | { state: 'failed'; firstRow: string[] | null };

/** Feed non-blank rows in order until the header is found or the search gives up. */
export class HeaderFinder {
  result: HeaderSearch = { state: 'searching' };
  private readonly banner: string[][] = [];

  constructor(private readonly isHeader: (cells: string[]) => boolean) {}

  offer(cells: string[], rowNumber: number): HeaderSearch {
    if (this.result.state !== 'searching') return this.result;
    if (this.isHeader(cells)) {
      this.result = { state: 'found', header: cells, rowNumber, bannerRows: this.banner };
    } else {
      this.banner.push(cells);
      if (this.banner.length >= HEADER_SEARCH_ROWS) this.giveUp();
    }
    return this.result;
  }

  /** No more rows: the search failed unless the header was found. */
  giveUp(): HeaderSearch {
    if (this.result.state === 'searching')
      this.result = { state: 'failed', firstRow: this.banner[0] ?? null };
    return this.result;
  }
}

export function noHeaderError(firstRow: string[] | null, where = 'the file'): ReadError {
  if (firstRow === null) return new ReadError('empty', `${capitalize(where)} has no rows with data.`);
  return new ReadError(
    'no-header',
    `No column header row was found in the first ${HEADER_SEARCH_ROWS} rows of ${where}; the first row reads ${describeRow(firstRow)}, so this is probably not the expected report.`,
  );
}

/** `"Entry Summary Number", "Importer Name", … (31 cells)`, short enough for a message. */
export function describeRow(cells: string[], maxCells = 8, maxChars = 40): string {
  const shown = cells
    .slice(0, maxCells)
    .map((c) => {
      const t = c.trim().replace(/\s+/g, ' ');
      return `"${t.length > maxChars ? `${t.slice(0, maxChars - 1)}…` : t}"`;
    })
    .join(', ');
  const more = cells.length > maxCells ? `, … (${cells.length} cells)` : '';
  return shown + more;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
