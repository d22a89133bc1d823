import { describe, expect, it } from "vitest";
import { slowStatements } from "./slow-log";

describe("slowStatements", () => {
  it("groups logged statements and ranks them by total time", () => {
    const log = [
      "2026-11-21 23:00:00 UTC [1] LOG:  duration: 120.5 ms  execute s1: select * from actions where id > $1",
      "2026-11-21 23:00:01 UTC [1] LOG:  duration: 80.0 ms  execute s1: select * from actions where id > $1",
      "2026-11-21 23:00:02 UTC [2] LOG:  duration: 150.0 ms  statement: vacuum (analyze) actions",
    ].join("\n");
    expect(slowStatements(log)).toEqual([
      { statement: "select * from actions where id > $1", count: 2, maxMs: 121, totalMs: 201 },
      { statement: "vacuum (analyze) actions", count: 1, maxMs: 150, totalMs: 150 },
    ]);
  });
});
