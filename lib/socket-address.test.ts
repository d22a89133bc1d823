import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installSocketAddressHeader, socketAddressHeader } from "./socket-address";

let server: http.Server;
let port: number;

beforeAll(async () => {
  // Created before the hook is installed, like Next's server: the prototype's emit is what is patched.
  server = http.createServer((request, response) => {
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ stamped: request.headers[socketAddressHeader] ?? null, forwarded: request.headers["x-forwarded-for"] ?? null }));
  });
  installSocketAddressHeader();
  installSocketAddressHeader(); // twice is once
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(from: string, headers: Record<string, string | string[]>): Promise<{ stamped: string | null; forwarded: string | null }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path: "/", localAddress: from, headers }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve(JSON.parse(body) as { stamped: string | null; forwarded: string | null }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("installSocketAddressHeader", () => {
  it("writes the TCP peer's address into every request, over whatever the client sent under that name", async () => {
    expect((await get("127.0.0.1", {})).stamped).toBe("127.0.0.1");
    expect((await get("127.0.0.2", { [socketAddressHeader]: "198.51.100.1" })).stamped).toBe("127.0.0.2");
    expect((await get("127.0.0.3", { [socketAddressHeader]: ["198.51.100.1", "198.51.100.2"] })).stamped).toBe("127.0.0.3");
  });

  it("leaves the forwarding headers as they came", async () => {
    expect(await get("127.0.0.2", { "x-forwarded-for": "198.51.100.7" })).toEqual({ stamped: "127.0.0.2", forwarded: "198.51.100.7" });
  });
});
