import type { SignatureRow } from "@/db/queries/delivery";
import { csvLine } from "@/lib/csv/write";

/** The export's columns, in order; documented in docs/delivery-exports.md. */
export const signatureColumns = [
  "signature_id",
  "confirmed_at",
  "name",
  "city",
  "country",
  "language",
  "target",
  "personal_message",
  "wants_updates",
] as const;

export function signatureHeader(includeEmails: boolean): string {
  return csvLine(includeEmails ? [...signatureColumns, "email"] : signatureColumns);
}

export function signatureLines(rows: SignatureRow[], includeEmails: boolean): string {
  let out = "";
  for (const row of rows) {
    const cells = [row.id, row.confirmedAt, row.name, row.city, row.country, row.language, row.targetName, row.personalText, row.wantsUpdates];
    out += csvLine(includeEmails ? [...cells, row.email] : cells);
  }
  return out;
}
