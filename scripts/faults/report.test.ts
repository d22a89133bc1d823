import { describe, expect, it } from "vitest";
import { docsBegin, docsEnd, figuresBlock, markdownTable, replaceFiguresBlock, type ScenarioFigures } from "./report";

const figures: ScenarioFigures = {
  name: "kill -9 server",
  requests: 120,
  successes: 120,
  failedFirst: 30,
  recoveredByRetry: 30,
  rowsFound: 120,
  duplicates: 0,
  successesWithoutRow: 0,
  mailsExpected: 120,
  mailsSent: 120,
  mailDuplicates: 0,
  confirmations: 120,
  counterMismatches: 0,
  unavailable503: 4,
  unavailableWithoutRetryAfter: 0,
  p50Ms: 200,
  p95Ms: 900,
  maxMs: 3000,
  notes: ["server down ~1 s"],
  violations: [],
};

describe("the figures in docs/reliability.md", () => {
  it("replace only what lies between the markers", () => {
    const doc = `# Reliability\n\n## Fault suite\n\n${docsBegin}\nold figures\n${docsEnd}\n\n## Hostile inputs\n`;
    const updated = replaceFiguresBlock(doc, "new figures");
    expect(updated).toBe(`# Reliability\n\n## Fault suite\n\n${docsBegin}\nnew figures\n${docsEnd}\n\n## Hostile inputs\n`);
    expect(replaceFiguresBlock(updated, "newer")).toContain(`${docsBegin}\nnewer\n${docsEnd}`);
  });

  it("refuse a document without the markers", () => {
    expect(() => replaceFiguresBlock("# Reliability\n", "x")).toThrow(/markers/);
  });

  it("say how many faults were survived and show one row per scenario", () => {
    const failed = { ...figures, name: "overload", violations: ["1 success answer(s) without exactly one row"] };
    const block = figuresBlock([figures, failed], { date: "2026-11-21 23:00 UTC", totalSeconds: 300, machine: "2 cores" });
    expect(block).toContain("**1 of 2 faults survived**");
    expect(block).toContain("- kill -9 server: server down ~1 s");
    expect(block).toContain("- **overload: 1 success answer(s) without exactly one row**");
    const table = markdownTable([figures]).split("\n");
    expect(table).toHaveLength(3);
    expect(table[2]).toBe("| kill -9 server | 120 | 120 | 30 / 30 | 120 | 0 | 0 | 120 / 120 | 0 | 120 | 0 | 4 (0) | 200 / 900 / 3000 |");
  });
});
