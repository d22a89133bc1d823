import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "./log";
import { metrics } from "./metrics";
import { observe, requestIdFrom } from "./request-observer";

const lines: string[] = [];
const capture = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    done();
  },
});
const log = createLogger({ level: "info", destination: capture });

let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    observe(request, response, log);
    // The app would read the body; so does this handler (the log must still not see it).
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      response.statusCode = body.includes("fail") ? 500 : 303;
      response.setHeader("set-cookie", "authjs.session-token=cookie-secret-value");
      response.end(JSON.stringify({ seenId: request.headers["x-request-id"] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string, target: string, headers: Record<string, string>, body = ""): Promise<{ id: string | undefined; seenId: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, method, path: target, headers }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () => resolve({ id: response.headers["x-request-id"] as string | undefined, seenId: (JSON.parse(text) as { seenId: string }).seenId }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

async function lineFor(id: string): Promise<Record<string, unknown> & { raw: string }> {
  for (let i = 0; i < 50; i++) {
    const raw = lines.find((line) => line.includes(id));
    if (raw) return { ...(JSON.parse(raw) as Record<string, unknown>), raw };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no log line for ${id}`);
}

describe("the request log line", () => {
  it("holds the id, route label, status and duration, and none of the email, name, address, token, query, cookie or body", async () => {
    const email = "dana.supporter@example.org";
    const { id } = await send(
      "POST",
      `/fr/campaigns/free-someone/letter?email=${encodeURIComponent(email)}&name=Dana+Supporter&token=tok-123456789`,
      {
        cookie: "authjs.session-token=cookie-secret-value",
        authorization: "Bearer bearer-secret-value",
        "x-forwarded-for": "203.0.113.77",
        "content-type": "application/x-www-form-urlencoded",
      },
      `email=${encodeURIComponent(email)}&name=Dana+Supporter&city=Lyon`,
    );
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = await lineFor(id!);
    expect(line).toMatchObject({ msg: "request", reqId: id, method: "POST", route: "/campaigns/[slug]/letter", status: 303, outcome: "finished" });
    expect(typeof line.durationMs).toBe("number");
    for (const secret of [email, "dana.supporter", "%40", "Dana", "Supporter", "203.0.113.77", "127.0.0.1", "tok-123456789", "cookie-secret-value", "bearer-secret-value", "Lyon", "free-someone", "?", "email="]) {
      expect(line.raw).not.toContain(secret);
    }
  });

  it("keeps a safe incoming X-Request-Id and replaces anything else", async () => {
    const kept = await send("GET", "/campaigns/x", { "x-request-id": "nginx-0123456789abcdef" });
    expect(kept).toEqual({ id: "nginx-0123456789abcdef", seenId: "nginx-0123456789abcdef" });
    const replaced = await send("GET", "/campaigns/x", { "x-request-id": "a@b.org\u00e9 <script>" });
    expect(replaced.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(replaced.seenId).toBe(replaced.id);
    expect(requestIdFrom("short")).not.toBe("short");
    expect(requestIdFrom(["a-valid-request-id", "x"])).not.toBe("a-valid-request-id");
  });

  it("counts the request under its route and status class", async () => {
    const before = (await metrics().httpDuration.get()).values.find(
      (v) => v.metricName === "inkwell_http_request_duration_seconds_count" && v.labels.route === "/defenders/[slug]" && v.labels.status_class === "5xx",
    )?.value ?? 0;
    const { id } = await send("POST", "/defenders/someone", { "content-type": "text/plain" }, "fail");
    await lineFor(id!);
    const after = (await metrics().httpDuration.get()).values.find(
      (v) => v.metricName === "inkwell_http_request_duration_seconds_count" && v.labels.route === "/defenders/[slug]" && v.labels.status_class === "5xx",
    )?.value;
    expect(after).toBe(before + 1);
  });
});

describe("the logger", () => {
  it("drops sensitive keys a caller passes by mistake", async () => {
    log.info({ email: "x@example.org", user: { name: "Dana", email: "y@example.org" }, headers: { cookie: "c" }, job: "mail-sender" }, "redaction-check");
    const line = await lineFor("redaction-check");
    expect(line.raw).not.toMatch(/example\.org|Dana|cookie/);
    expect(line.job).toBe("mail-sender");
  });
});
