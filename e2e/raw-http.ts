/**
 * Raw HTTP against the e2e server from Node: every header (Host included) and
 * the local source address are the test's to choose, which Playwright's
 * request context does not allow. The server trusts 127.0.0.1 as a reverse
 * proxy (TRUSTED_PROXIES in playwright.config.ts); 127.0.0.2 is an ordinary client.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import { expect } from "@playwright/test";

export interface RawAnswer {
  status: number;
  body: string;
}

/** One HTTP request from `from` (a local source address), with exactly these headers. */
export function raw(baseURL: string, options: { method?: string; path: string; from?: string; headers?: Record<string, string>; body?: Buffer | string }): Promise<RawAnswer> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? "GET",
        path: options.path,
        localAddress: options.from ?? "127.0.0.1",
        headers: { host: url.host, ...options.headers, ...(options.body !== undefined ? { "content-length": String(Buffer.byteLength(options.body)) } : {}) },
        setHost: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    request.on("error", reject);
    request.setTimeout(20_000, () => request.destroy(new Error(`timeout: ${options.path}`)));
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

/** A form page's <input> fields as the server renders them without JavaScript (hidden $ACTION fields included; selects and textareas are left to the caller). */
export async function formFields(baseURL: string, path: string): Promise<[string, string][]> {
  const page = await raw(baseURL, { path });
  expect(page.status).toBe(200);
  const fields: [string, string][] = [];
  for (const match of page.body.matchAll(/<input([^>]*)>/g)) {
    const attributes = match[1]!;
    const name = /\bname="([^"]*)"/.exec(attributes)?.[1];
    if (!name || /\btype="(checkbox|radio|submit)"/.test(attributes)) continue;
    const value = /\bvalue="([^"]*)"/.exec(attributes)?.[1] ?? "";
    fields.push([unescapeHtml(name), unescapeHtml(value)]);
  }
  expect(fields.some(([name]) => name.startsWith("$ACTION")), `${path} posts to a server action`).toBe(true);
  return fields;
}

function unescapeHtml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

export function multipart(fields: [string, string][]): { body: Buffer; contentType: string } {
  const boundary = `----client${randomBytes(8).toString("hex")}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`, "utf8"), contentType: `multipart/form-data; boundary=${boundary}` };
}

