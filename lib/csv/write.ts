/**
 * CSV writing for exports opened in spreadsheets. A cell that starts with
 * = + - @ (or a tab or carriage return) would be read as a formula by Excel,
 * LibreOffice or Sheets ("CSV injection"), so it gets a leading apostrophe,
 * which spreadsheets show as plain text.
 */
const formulaStart = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | Date | null | undefined;

export function neutraliseCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return neutraliseCell(value);
}

/** One CSV line (RFC 4180: quoted when needed, quotes doubled, CRLF line end). */
export function csvLine(values: readonly CsvValue[]): string {
  return (
    values
      .map((value) => {
        const text = cellText(value);
        return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      })
      .join(",") + "\r\n"
  );
}
