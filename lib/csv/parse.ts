import { parse } from "csv-parse/sync";

export class CsvFormatError extends Error {
  constructor(
    message: string,
    /** 1-based line of the file where parsing stopped, when known. */
    readonly line?: number,
  ) {
    super(message);
  }
}

/**
 * A CSV file with a header row as one record per line, keys from the header
 * (trimmed, lower-cased). A byte-order mark, blank lines and spaces around
 * values are ignored; a malformed file throws CsvFormatError.
 */
export function parseCsvRecords(text: string, options: { maxRecords: number }): Record<string, string>[] {
  try {
    return parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
      to: options.maxRecords + 1,
    }) as Record<string, string>[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new CsvFormatError(error instanceof Error ? error.message : String(error), line);
  }
}
