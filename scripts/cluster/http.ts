/**
 * Plain HTTP for the cluster suite, on node:http so a request can leave from a
 * chosen loopback address (127.0.0.2, 127.0.0.3: distinct clients as nginx
 * sees them) and carry a session cookie. Forms are sent as a browser without
 * JavaScript sends them (multipart/form-data, Origin of the site).
 */
import http from "node:http";

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
}

export interface RequestOptions {
  method?: "GET" | "POST";
  fields?: [string, string][];
  cookie?: string;
  origin?: string;
  /** The client's own address (any 127.x.y.z on Linux loopback). */
  localAddress?: string;
  timeoutMs?: number;
}

async function multipart(fields: [string, string][]): Promise<{ body: Buffer; type: string }> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const request = new Request("http://form.invalid/", { method: "POST", body: form });
  return { body: Buffer.from(await request.arrayBuffer()), type: request.headers.get("content-type") ?? "multipart/form-data" };
}

let siteOrigin: string | undefined;

/**
 * Every request from now on says it is for this site (Host, and Origin on posts), whichever
 * node it is sent to: what nginx passes on ($http_host), so a node reached directly answers
 * as it does behind nginx.
 */
export function actAsSite(origin: string): void {
  siteOrigin = origin;
}

export async function send(base: string, path: string, options: RequestOptions = {}): Promise<Reply> {
  const url = new URL(path, base);
  const method = options.method ?? (options.fields ? "POST" : "GET");
  const headers: Record<string, string> = { Accept: "text/html", Host: new URL(siteOrigin ?? base).host };
  let payload: Buffer | undefined;
  if (options.fields) {
    const form = await multipart(options.fields);
    payload = form.body;
    headers["Content-Type"] = form.type;
    headers["Content-Length"] = String(payload.length);
    headers.Origin = options.origin ?? siteOrigin ?? base;
  }
  if (options.cookie) headers.Cookie = options.cookie;
  const started = performance.now();
  return new Promise<Reply>((resolve, reject) => {
    const request = http.request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, localAddress: options.localAddress, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8"), ms: Math.round(performance.now() - started) }),
        );
        response.on("error", reject);
      },
    );
    request.setTimeout(options.timeoutMs ?? 20_000, () => request.destroy(new Error("timeout")));
    request.on("error", reject);
    request.end(payload);
  });
}

/** GET that must answer 200. */
export async function page(base: string, path: string, options: RequestOptions = {}): Promise<string> {
  const reply = await send(base, path, options);
  if (reply.status !== 200) throw new Error(`GET ${base}${path}: ${reply.status}`);
  return reply.body;
}

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function decode(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/**
 * Every <input>'s name and value in the first form holding all of `having`
 * (name -> value of its hidden inputs), e.g. { campaignId: id, which: "collection" }.
 */
export function formFields(html: string, having: Record<string, string>): [string, string][] {
  for (const [form] of html.matchAll(/<form\b[\s\S]*?<\/form>/gi)) {
    const fields: [string, string][] = [];
    for (const [tag] of form.matchAll(/<input\b[^>]*>/gi)) {
      const name = attribute(tag, "name");
      if (name) fields.push([decode(name), decode(attribute(tag, "value") ?? "")]);
    }
    if (Object.entries(having).every(([name, value]) => fields.some(([n, v]) => n === name && v === value))) return fields;
  }
  throw new Error(`no form with ${JSON.stringify(having)} on the page`);
}

/** The confirmed total a campaign page shows (its map's cache-busting ?v=, the sum of its country table); -1 without one. */
export function confirmedTotal(html: string): number {
  const match = /map\.svg\?v=(\d+)/.exec(html);
  return match ? Number(match[1]) : -1;
}
