/**
 * The per-scenario figures: printed as a table, written as JSON, and (with
 * FAULTS_WRITE_DOCS=1) into the fault-suite block of docs/reliability.md.
 */
import { readFileSync, writeFileSync } from "node:fs";

export interface ScenarioFigures {
  name: string;
  /** First attempts sent. */
  requests: number;
  successes: number;
  /** First attempts that got no success answer (errors, timeouts, refused connections, 503s). */
  failedFirst: number;
  /** Of those, retried with the same idempotency key after recovery and then answered with success. */
  recoveredByRetry: number;
  rowsFound: number;
  duplicates: number;
  successesWithoutRow: number;
  mailsExpected: number;
  mailsSent: number;
  mailDuplicates: number;
  confirmations: number;
  counterMismatches: number;
  unavailable503: number;
  unavailableWithoutRetryAfter: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Anything scenario-specific worth a line (capacity measured, outage length ...). */
  notes: string[];
  violations: string[];
}

const columns: [string, (f: ScenarioFigures) => string | number][] = [
  ["scenario", (f) => f.name],
  ["requests", (f) => f.requests],
  ["successes", (f) => f.successes],
  ["failed, then retried ok", (f) => `${f.failedFirst} / ${f.recoveredByRetry}`],
  ["rows found", (f) => f.rowsFound],
  ["duplicates", (f) => f.duplicates],
  ["success without row", (f) => f.successesWithoutRow],
  ["mails sent / expected", (f) => `${f.mailsSent} / ${f.mailsExpected}`],
  ["mail duplicates", (f) => f.mailDuplicates],
  ["confirmed", (f) => f.confirmations],
  ["counter mismatches", (f) => f.counterMismatches],
  ["503 (no Retry-After)", (f) => `${f.unavailable503} (${f.unavailableWithoutRetryAfter})`],
  ["p50 / p95 / max ms", (f) => `${f.p50Ms} / ${f.p95Ms} / ${f.maxMs}`],
];

export function markdownTable(figures: ScenarioFigures[]): string {
  const header = `| ${columns.map(([name]) => name).join(" | ")} |`;
  const rule = `|${columns.map(() => "---").join("|")}|`;
  const rows = figures.map((f) => `| ${columns.map(([, value]) => String(value(f))).join(" | ")} |`);
  return [header, rule, ...rows].join("\n");
}

export function plainTable(figures: ScenarioFigures[]): string {
  const cells = [columns.map(([name]) => name), ...figures.map((f) => columns.map(([, value]) => String(value(f))))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  return cells.map((row) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ")).join("\n");
}

export const docsBegin = "<!-- fault-suite:figures:begin (written by npm run test:faults with FAULTS_WRITE_DOCS=1) -->";
export const docsEnd = "<!-- fault-suite:figures:end -->";

/** Replaces the block between the markers; throws if they are missing, so the figures never land in the wrong place. */
export function replaceFiguresBlock(markdown: string, block: string): string {
  const begin = markdown.indexOf(docsBegin);
  const end = markdown.indexOf(docsEnd);
  if (begin === -1 || end === -1 || end < begin) throw new Error("docs/reliability.md has no fault-suite figures markers");
  return `${markdown.slice(0, begin + docsBegin.length)}\n${block}\n${markdown.slice(end)}`;
}

export function figuresBlock(figures: ScenarioFigures[], context: { date: string; totalSeconds: number; machine: string }): string {
  const survived = figures.filter((f) => f.violations.length === 0).length;
  const notes = figures.flatMap((f) => f.notes.map((note) => `- ${f.name}: ${note}`));
  const violations = figures.flatMap((f) => [
    ...f.violations.slice(0, 3).map((v) => `- **${f.name}: ${v}**`),
    ...(f.violations.length > 3 ? [`- **${f.name}: ... and ${f.violations.length - 3} more**`] : []),
  ]);
  return [
    `Last run ${context.date} on ${context.machine}, ${context.totalSeconds} s in all: **${survived} of ${figures.length} faults survived** with every invariant holding.`,
    "",
    markdownTable(figures),
    "",
    ...notes,
    ...(violations.length ? ["", "Violations:", "", ...violations] : []),
  ].join("\n");
}

export function writeFiguresToDocs(file: string, block: string): void {
  writeFileSync(file, replaceFiguresBlock(readFileSync(file, "utf8"), block));
}
