import { CsvFormatError, parseCsvRecords } from "@/lib/csv/parse";
import { targetFieldsSchema, type TargetFields } from "../target-input";

/** CSV header -> target field. Documented on the import page and in docs/delivery-exports.md. */
export const importColumns = {
  kind: "kind",
  honorific: "honorific",
  name: "name",
  title: "title",
  represented_state: "representedState",
  host_country: "hostCountry",
  address: "addressLines",
  city: "city",
  postcode: "postcode",
  phone: "phone",
  email: "email",
  x_handle: "xHandle",
  bluesky_handle: "blueskyHandle",
  website: "website",
  language: "language",
  is_example: "isExample",
} as const satisfies Record<string, keyof TargetFields>;

export type ImportColumn = keyof typeof importColumns;
export const requiredColumns: readonly ImportColumn[] = ["kind", "name"];
export const maxImportRows = 500;

/** A problem as a catalogue key (under Targets) with its values, translated by the page. */
export interface ImportProblem {
  column?: ImportColumn;
  key: string;
  values?: Record<string, string | number>;
}

export interface ImportRow {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  name: string;
  fields: TargetFields | null;
  problems: ImportProblem[];
}

export type ImportParse =
  | { ok: true; rows: ImportRow[]; valid: boolean }
  | { ok: false; problem: ImportProblem };

const fieldToColumn = new Map(Object.entries(importColumns).map(([column, field]) => [field as string, column as ImportColumn]));

/** Parses and validates every row; `valid` only when every row is. Nothing is written here. */
export function parseTargetImport(text: string): ImportParse {
  // A NUL byte is not text (and PostgreSQL could not store it): refused before any row is read.
  if (text.includes("\u0000")) return { ok: false, problem: { key: "Targets.import.errors.notText" } };
  let records: Record<string, string>[];
  try {
    records = parseCsvRecords(text, { maxRecords: maxImportRows });
  } catch (error) {
    const line = error instanceof CsvFormatError ? error.line : undefined;
    return { ok: false, problem: { key: "Targets.import.errors.malformed", values: { line: line ?? "?" } } };
  }
  if (records.length === 0) return { ok: false, problem: { key: "Targets.import.errors.empty" } };
  if (records.length > maxImportRows) return { ok: false, problem: { key: "Targets.import.errors.tooMany", values: { limit: maxImportRows } } };

  const header = Object.keys(records[0]!);
  const unknown = header.find((column) => !(column in importColumns));
  if (unknown !== undefined) return { ok: false, problem: { key: "Targets.import.errors.unknownColumn", values: { column: unknown } } };
  const missing = requiredColumns.find((column) => !header.includes(column));
  if (missing) return { ok: false, problem: { key: "Targets.import.errors.missingColumn", values: { column: missing } } };

  const rows = records.map((record, index) => validateRow(record, index + 2));
  return { ok: true, rows, valid: rows.every((row) => row.problems.length === 0) };
}

function validateRow(record: Record<string, string>, line: number): ImportRow {
  const input: Record<string, string> = {};
  for (const [column, field] of Object.entries(importColumns)) input[field] = record[column] ?? "";
  // Imported contact details are unverified until someone says otherwise.
  if (!input.isExample) input.isExample = "true";
  const parsed = targetFieldsSchema.safeParse(input);
  const name = record.name ?? "";
  if (parsed.success) return { line, name, fields: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((issue) => ({
    column: fieldToColumn.get(String(issue.path[0])),
    key: issue.message,
    values: "maximum" in issue ? { limit: Number(issue.maximum) } : undefined,
  }));
  return { line, name, fields: null, problems };
}
