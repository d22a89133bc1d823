import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metricsAllowed, sameSecret } from "./metrics-access";
import { forwardedHeader, installSocketAddressHeader, socketAddressHeader } from "./socket-address";

const token = "s3cret-metrics-token-0123456789";
const ourHost = (host: string | null) => host === "inkwell.example.org";

function headers(values: Record<string, string>) {
  const h = new Headers(values);
  return { get: (name: string) => h.get(name) };
}

const loopback = { [socketAddressHeader]: "127.0.0.1", [forwardedHeader]: "0", host: "127.0.0.1:3000" };

describe("metricsAllowed", () => {
  it("with METRICS_TOKEN: only its bearer, from anywhere", () => {
    expect(metricsAllowed(headers({ authorization: `Bearer ${token}`, [socketAddressHeader]: "203.0.113.9", [forwardedHeader]: "1" }), token, ourHost)).toBe(true);
    expect(metricsAllowed(headers({ authorization: `Bearer ${token}x` }), token, ourHost)).toBe(false);
    expect(metricsAllowed(headers({ authorization: `Bearer ${token.slice(0, -1)}` }), token, ourHost)).toBe(false);
    expect(metricsAllowed(headers({ authorization: token }), token, ourHost)).toBe(false);
    expect(metricsAllowed(headers({ authorization: `Basic ${token}` }), token, ourHost)).toBe(false);
    // A token set closes the loopback door: the scraper must present it.
    expect(metricsAllowed(headers(loopback), token, ourHost)).toBe(false);
  });

  it("without METRICS_TOKEN: a loopback peer whose request no proxy forwarded", () => {
    expect(metricsAllowed(headers(loopback), undefined, ourHost)).toBe(true);
    expect(metricsAllowed(headers({ ...loopback, [socketAddressHeader]: "::1", host: "localhost:3000" }), undefined, ourHost)).toBe(true);
    expect(metricsAllowed(headers({ ...loopback, [socketAddressHeader]: "::ffff:127.0.0.1" }), undefined, ourHost)).toBe(true);
    expect(metricsAllowed(headers({ ...loopback, host: "inkwell.example.org" }), undefined, ourHost)).toBe(true);
  });

  it("404 for everyone else: a public peer, a forwarded request, no stamp, a foreign Host, a bearer when no token is set", () => {
    expect(metricsAllowed(headers({ ...loopback, [socketAddressHeader]: "203.0.113.9" }), undefined, ourHost)).toBe(false);
    expect(metricsAllowed(headers({ ...loopback, [socketAddressHeader]: "10.0.0.2" }), undefined, ourHost)).toBe(false);
    // nginx on loopback forwarding a public request.
    expect(metricsAllowed(headers({ ...loopback, [forwardedHeader]: "1" }), undefined, ourHost)).toBe(false);
    expect(metricsAllowed(headers({ [socketAddressHeader]: "127.0.0.1", host: "127.0.0.1" }), undefined, ourHost)).toBe(false);
    expect(metricsAllowed(headers({ ...loopback, [socketAddressHeader]: "" }), undefined, ourHost)).toBe(false);
    // DNS rebinding: a page on another domain, in a browser on the server itself.
    expect(metricsAllowed(headers({ ...loopback, host: "attacker.example" }), undefined, ourHost)).toBe(false);
    expect(metricsAllowed(headers({ authorization: "Bearer anything", [socketAddressHeader]: "203.0.113.9", [forwardedHeader]: "0", host: "inkwell.example.org" }), undefined, ourHost)).toBe(false);
  });

  it("compares secrets whole", () => {
    expect(sameSecret("abc", "abc")).toBe(true);
    expect(sameSecret("abc", "abd")).toBe(false);
    expect(sameSecret("", "abc")).toBe(false);
  });
});

describe("the forwarded stamp (lib/socket-address.ts)", () => {
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    server = http.createServer((request, response) => response.end(String(request.headers[forwardedHeader] ?? "")));
    installSocketAddressHeader();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function marked(sent: Record<string, string>): Promise<string> {
    return new Promise((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port, path: "/metrics", headers: sent }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve(body));
      });
      request.on("error", reject);
      request.end();
    });
  }

  it("says whether the request reached the socket with a forwarding header, over whatever the client claimed", async () => {
    expect(await marked({})).toBe("0");
    expect(await marked({ [forwardedHeader]: "0", "x-forwarded-for": "203.0.113.9" })).toBe("1");
    expect(await marked({ forwarded: "for=203.0.113.9" })).toBe("1");
    expect(await marked({ "x-real-ip": "203.0.113.9" })).toBe("1");
    expect(await marked({ [forwardedHeader]: "1" })).toBe("0");
  });
});
