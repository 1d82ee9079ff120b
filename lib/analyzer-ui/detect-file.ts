// Which report is a file? Reads only up to its header row (the popup shows this for big files
// before handing them to the analyzer page). Never throws: a file that cannot be read gets a message.
import { type ColumnMappings, headerSignature } from '../reports/columns';
import { detectReport, looksLikeHeader } from '../reports/detect';
import { readTable } from '../reports/read/index';
import type { ByteSource } from '../reports/read/types';
import { reportLabel } from '../reports/report-types';

export type Detected =
  | { ok: true; name: string; report: string; label: string; signature: string }
  | { ok: false; name: string; message: string; signature: string | null };

export async function detectFile(source: ByteSource, mappings?: ColumnMappings): Promise<Detected> {
  let found: Detected | null = null;
  try {
    await readTable(source, {
      isHeader: (cells) => looksLikeHeader(cells, mappings),
      onHeader(header) {
        const d = detectReport(header, mappings);
        found = d.ok
          ? {
              ok: true,
              name: source.name,
              report: d.report,
              label: reportLabel(d.report),
              signature: d.signature,
            }
          : { ok: false, name: source.name, message: d.message, signature: headerSignature(header) };
        return false;
      },
      onRow() {},
    });
  } catch (err) {
    return {
      ok: false,
      name: source.name,
      message: err instanceof Error ? err.message : String(err),
      signature: null,
    };
  }
  return (
    found ?? {
      ok: false,
      name: source.name,
      message: 'No header row with an entry number column was found near the top of the file.',
      signature: null,
    }
  );
}
