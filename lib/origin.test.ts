import { describe, expect, it } from "vitest";
import { isSameOrigin, sameOriginOnly } from "./origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("isSameOrigin", () => {
  it("accepts an Origin naming the host the request was sent to", () => {
    expect(isSameOrigin(headers({ origin: "https://inkwell.example", host: "inkwell.example" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "http://127.0.0.1:3171", host: "127.0.0.1:3171" }))).toBe(true);
  });

  it("uses the proxy's forwarded host when there is one", () => {
    expect(isSameOrigin(headers({ origin: "https://inkwell.example", host: "10.0.0.5:3000", "x-forwarded-host": "inkwell.example" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "http://10.0.0.5:3000", host: "10.0.0.5:3000", "x-forwarded-host": "inkwell.example" }))).toBe(false);
  });

  it("refuses a missing, foreign, opaque or malformed Origin", () => {
    expect(isSameOrigin(headers({ host: "inkwell.example" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "https://evil.example", host: "inkwell.example" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "https://inkwell.example.evil.example", host: "inkwell.example" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "null", host: "inkwell.example" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "https://inkwell.example:8443", host: "inkwell.example" }))).toBe(false);
  });
});

describe("sameOriginOnly", () => {
  const handler = sameOriginOnly(async () => new Response("done"));

  it("runs the handler for a same-origin request", async () => {
    const response = await handler(new Request("http://localhost/x", { method: "POST", headers: { origin: "http://localhost", host: "localhost" } }), {});
    expect(await response.text()).toBe("done");
  });

  it("answers 403 without running the handler otherwise", async () => {
    const response = await handler(new Request("http://localhost/x", { method: "POST", headers: { origin: "https://evil.example", host: "localhost" } }), {});
    expect(response.status).toBe(403);
  });
});
