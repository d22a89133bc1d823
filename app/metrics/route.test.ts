import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { forwardedHeader, socketAddressHeader } from "@/lib/socket-address";
import { GET as healthz } from "../healthz/route";
import { GET as readyz } from "../readyz/route";
import { GET as metrics } from "./route";

afterAll(async () => {
  await closeDb();
});

/** A request as the route handler sees it after lib/socket-address.ts stamped it (METRICS_TOKEN is unset in tests). */
function request(path: string, stamp: Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request(`http://127.0.0.1:3000${path}`, { headers: { host: "127.0.0.1:3000", ...stamp, ...headers } });
}

const local = { [socketAddressHeader]: "127.0.0.1", [forwardedHeader]: "0" };

describe("GET /metrics", () => {
  it("is 404 from outside: a public peer, a request nginx forwarded, a foreign Host, or no stamp", async () => {
    for (const answer of [
      await metrics(request("/metrics", { [socketAddressHeader]: "203.0.113.9", [forwardedHeader]: "0" })),
      await metrics(request("/metrics", { ...local, [forwardedHeader]: "1" }, { "x-forwarded-for": "203.0.113.9" })),
      await metrics(request("/metrics", local, { host: "attacker.example" })),
      await metrics(request("/metrics", {}, { authorization: "Bearer guessed-token-0123456789" })),
    ]) {
      expect(answer.status).toBe(404);
      expect(answer.headers.get("cache-control")).toBe("no-store");
      expect(await answer.text()).not.toContain("inkwell_");
    }
  });

  it("answers a scraper on loopback that no proxy forwarded", async () => {
    const answer = await metrics(request("/metrics", local));
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await answer.text()).toContain("inkwell_database_up 1");
  });
});

describe("GET /healthz and /readyz", () => {
  it("answer 200 with no-store", async () => {
    const alive = healthz();
    expect(alive.status).toBe(200);
    expect(await alive.json()).toEqual({ status: "ok" });
    const ready = await readyz();
    expect(ready.status).toBe(200);
    expect(ready.headers.get("cache-control")).toBe("no-store");
    expect(await ready.json()).toEqual({ status: "ready" });
  });
});
