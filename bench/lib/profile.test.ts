import { describe, expect, it } from "vitest";
import { summariseProfile, type CpuProfile } from "./profile";

const frame = (functionName: string, url = "") => ({ functionName, url });

// root > next handler > proxy > (native write) ; root > postgres query > writeBuffer ; idle ; GC
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)"), children: [2, 5, 7, 8] },
    { id: 2, callFrame: frame("handleRequest", "file:///app/node_modules/next/dist/server/base-server.js"), children: [3] },
    { id: 3, callFrame: frame("proxy", "file:///app/.next/server/chunks/[root-of-the-server]__abc._.js"), children: [4] },
    { id: 4, callFrame: frame("clone", "node:internal/deps/undici/undici") },
    { id: 5, callFrame: frame("query", "file:///app/.next/server/chunks/node_modules_postgres_src_index_x._.js"), children: [6] },
    { id: 6, callFrame: frame("writeBuffer") },
    { id: 7, callFrame: frame("(idle)") },
    { id: 8, callFrame: frame("(garbage collector)") },
  ],
  startTime: 0,
  endTime: 10_000,
  samples: [4, 4, 6, 7, 7, 7, 8, 2],
  timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
};

describe("summariseProfile", () => {
  it("charges each sample to the first group from the leaf up, idle left out", () => {
    const summary = summariseProfile(profile, ["[root-of-the-server]__abc._.js"]);
    expect(summary.spanUs).toBe(10_000);
    expect(summary.busyUs).toBe(5000);
    expect(Object.fromEntries(summary.groups.map((g) => [g.name, g.us]))).toEqual({
      "proxy.ts and Next's adapter around it": 2000,
      "PostgreSQL driver (postgres.js), with its socket writes": 1000,
      "garbage collection": 1000,
      "Next.js and React": 1000,
    });
  });

  it("without the proxy's chunks named, the proxy's samples count as the app's own code", () => {
    const groups = Object.fromEntries(summariseProfile(profile, []).groups.map((g) => [g.name, g.us]));
    expect(groups["Next.js and React"]).toBe(1000);
    expect(groups["the app's own code"]).toBe(2000);
  });
});
