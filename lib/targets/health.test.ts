import { describe, expect, it } from "vitest";
import { applyChannelHealth, deriveChannelHealth, type ChannelEvent, type ChannelProblem } from "./health";
import type { TargetRef, TargetRule } from "./resolve";

const day = 24 * 60 * 60 * 1000;
const now = new Date("2026-12-20T12:00:00Z");
const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * day);
const event = (kind: ChannelEvent["kind"], daysAgo: number, extra: Partial<ChannelEvent> = {}): ChannelEvent => ({
  kind,
  reason: null,
  reporterHash: null,
  createdAt: at(daysAgo),
  ...extra,
});
const report = (who: string, daysAgo: number) => event("supporter_report", daysAgo, { reporterHash: who });

describe("deriveChannelHealth", () => {
  it("is unknown without events, working after an organiser's 'working again'", () => {
    expect(deriveChannelHealth([], now).status).toBe("unknown");
    expect(deriveChannelHealth([event("marked_working", 1)], now).status).toBe("working");
  });

  it("fails on an organiser's mark, with their reason, since the first mark", () => {
    const health = deriveChannelHealth([event("marked_failing", 5, { reason: "Mailbox full" }), event("marked_failing", 2, { reason: "Closed" })], now);
    expect(health).toMatchObject({ status: "failing", cause: "organiser", reason: "Closed", since: at(5) });
  });

  it("fails on a hard bounce, and 'working again' clears it until the next bounce", () => {
    expect(deriveChannelHealth([event("hard_bounce", 3)], now)).toMatchObject({ status: "failing", cause: "bounce", since: at(3) });
    expect(deriveChannelHealth([event("hard_bounce", 3), event("marked_working", 2)], now).status).toBe("working");
    expect(deriveChannelHealth([event("hard_bounce", 3), event("marked_working", 2), event("hard_bounce", 1)], now).since).toEqual(at(1));
  });

  it("fails when three distinct supporters report within the window, not on repeats or old reports", () => {
    expect(deriveChannelHealth([report("a", 1), report("a", 1), report("b", 1)], now).status).toBe("unknown");
    expect(deriveChannelHealth([report("a", 30), report("b", 2), report("c", 1)], now).status).toBe("unknown");
    expect(deriveChannelHealth([event("supporter_report", 1), report("b", 1), report("c", 1)], now).reports).toBe(2);
    const health = deriveChannelHealth([report("a", 3), report("b", 2), report("c", 1)], now);
    expect(health).toMatchObject({ status: "failing", cause: "reports", since: at(1), reports: 3 });
    expect(deriveChannelHealth([report("a", 3), report("b", 2), event("marked_working", 1.5), report("c", 1)], now).status).toBe("working");
  });
});

const target = (id: string, kind: TargetRef["kind"], state: string, host: string): TargetRef => ({ id, kind, representedState: state, hostCountry: host, isExample: false });

describe("applyChannelHealth", () => {
  const embassy = target("embassy", "embassy", "CN", "CA");
  const ministry = target("ministry", "ministry", "CN", "CN");
  const official = target("official", "official", "IR", "IR");
  const rules: TargetRule[] = [
    { rule: "embassy", responsibleState: "CN", target: null, actionKinds: [] },
    { rule: "fallback", responsibleState: "CN", target: ministry, actionKinds: [] },
    { rule: "fixed", responsibleState: "IR", target: official, actionKinds: [] },
  ];
  const resolved = [
    { target: embassy, reason: "embassy_in_supporter_country" as const, responsibleState: "CN", contactable: true },
    { target: official, reason: "fixed" as const, responsibleState: "IR", contactable: true },
  ];
  const problem: ChannelProblem = { channel: "email", since: at(17), cause: "bounce", reason: null };

  it("changes nothing when no channel fails, or for kinds that reach no channel", () => {
    expect(applyChannelHealth(resolved, rules, "email", () => null)).toEqual(resolved);
    expect(applyChannelHealth(resolved, rules, "solidarity", () => problem)).toEqual(resolved);
  });

  it("offers the state's fallback target instead of an embassy whose email fails, saying which it replaces", () => {
    const [first] = applyChannelHealth(resolved, rules, "email", (id) => (id === "embassy" ? problem : null));
    expect(first).toMatchObject({ target: ministry, reason: "fallback_channel_failing", responsibleState: "CN", replaces: { target: embassy, problem } });
  });

  it("keeps a failing target with its problem when no healthy fallback exists", () => {
    const result = applyChannelHealth(resolved, rules, "email", (id) => (id === "official" || id === "embassy" || id === "ministry" ? problem : null));
    expect(result.map((r) => [r.target.id, r.problem?.cause])).toEqual([["embassy", "bounce"], ["official", "bounce"]]);
  });

  it("does not offer the fallback twice", () => {
    const both = [...resolved, { target: ministry, reason: "fixed" as const, responsibleState: "CN", contactable: true }];
    const result = applyChannelHealth(both, rules, "email", (id) => (id === "embassy" ? problem : null));
    expect(result[0]).toMatchObject({ target: embassy, problem });
  });
});
