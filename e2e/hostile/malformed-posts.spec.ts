/**
 * Every malformed post gets a 4xx (or a page saying what was wrong), never a
 * 500: a foreign Origin on paths no route matches or that the proxy's nonce
 * does not cover, broken multipart bodies, broken React action payloads, and
 * a crafted action call whose argument is not a FormData (server/action.ts).
 * Sent as raw HTTP so nothing (a browser, Playwright) repairs the request.
 */
import { e2eSql } from "../auth";
import { expect, test } from "../fixtures";
import { randomClientIp, uniqueId } from "../nojs/support";
import { formFields, multipart, raw } from "../raw-http";
import { campaignFor } from "../supporter/channels";

const campaign = campaignFor("letter", { highRisk: false });
const letterPath = `/campaigns/${campaign.slug}/letter?country=CA`;
const foreign = "https://evil.example";

/** Each post from its own client address (the e2e server trusts 127.0.0.1 as a proxy): no rate limit hides an answer. */
const client = () => ({ "x-forwarded-for": randomClientIp() });

/** The letter form's server action id, read from its no-JavaScript hidden fields ({"id":"…","bound":…}). */
function actionId(fields: [string, string][]): string {
  for (const [name, value] of fields) {
    if (!/^\$ACTION_\d+:0$/.test(name)) continue;
    const id = (JSON.parse(value) as { id?: string }).id;
    if (id) return id;
  }
  throw new Error("the letter form carries no server action id");
}

test("a post from another site is refused with a 4xx on every kind of path, matched by a route or not", async ({ baseURL }) => {
  const paths = [
    "/no/such/page",
    "/api/no/such/route",
    "/api/auth/signin/email",
    `/campaigns/${campaign.slug}`,
    `/campaigns/${campaign.slug}/letter/sent`,
    `/defenders/no-such-defender`,
    "/media/no-such.webp",
    "/share/mastodon",
    "/_next/static/no-such.js",
    "/_next/image?url=%2Ficon.svg&w=64&q=75",
  ];
  for (const path of paths) {
    for (const headers of [
      { origin: foreign, "content-type": "application/x-www-form-urlencoded" },
      { origin: "null", "content-type": "multipart/form-data; boundary=x" },
      { origin: foreign, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    ] as Record<string, string>[]) {
      const answer = await raw(baseURL!, { method: "POST", path, headers: { ...headers, ...client() }, body: "a=1" });
      expect(answer.status, `${path} ${JSON.stringify(headers)}: ${answer.body.slice(0, 200)}`).toBeLessThan(500);
      expect(answer.status, `${path} ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(400);
    }
  }
});

test("broken multipart bodies never answer 5xx and store nothing", async ({ baseURL }) => {
  const fields = await formFields(baseURL!, letterPath);
  const domain = `broken-${uniqueId()}.example.org`;
  const good = multipart(
    fields.filter(([name]) => !["name", "email"].includes(name)).concat([
      ["name", "Robin"],
      ["email", `robin@${domain}`],
    ]),
  );
  const boundary = good.contentType.split("boundary=")[1]!;
  const cases: [string, string, Buffer | string][] = [
    ["no boundary", "multipart/form-data", good.body],
    ["another boundary", "multipart/form-data; boundary=nope", good.body],
    ["empty boundary", "multipart/form-data; boundary=", good.body],
    ["cut off in the middle", good.contentType, good.body.subarray(0, Math.floor(good.body.length / 2))],
    ["no closing boundary", good.contentType, good.body.subarray(0, good.body.length - boundary.length - 6)],
    ["no part headers", good.contentType, `--${boundary}\r\n\r\nRobin\r\n--${boundary}--\r\n`],
    ["broken Content-Disposition", good.contentType, `--${boundary}\r\nContent-Disposition: form-data; name="na\r\n\r\nRobin\r\n--${boundary}--\r\n`],
    ["not multipart at all", good.contentType, "this is not a form"],
    ["empty body", good.contentType, ""],
    ["binary noise", good.contentType, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256))],
  ];
  for (const [label, contentType, body] of cases) {
    const answer = await raw(baseURL!, { method: "POST", path: letterPath, body, headers: { "content-type": contentType, origin: new URL(baseURL!).origin, ...client() } });
    expect(answer.status, `${label}: ${answer.body.slice(0, 200)}`).toBeLessThan(500);
  }
  const [row] = await e2eSql()<{ n: number }[]>`select count(*)::int as n from actions where email_domain = ${domain}`;
  expect(row!.n).toBe(0);
});

test("broken React action payloads never answer 5xx", async ({ baseURL }) => {
  const fields = await formFields(baseURL!, letterPath);
  const id = actionId(fields);
  const origin = new URL(baseURL!).origin;
  const cases: [string, Record<string, string>, Buffer | string][] = [
    ["an id that is not hex", { "next-action": "not-an-action-id!" }, "[]"],
    ["an empty id", { "next-action": "" }, "[]"],
    ["a very long id", { "next-action": "a".repeat(5000) }, "[]"],
    ["an unknown id", { "next-action": "f".repeat(42) }, "[]"],
    ["garbage body", { "next-action": id }, "{{{ not json"],
    ["a truncated reply", { "next-action": id }, '[{"ok":true},"$K1'],
    ["a reference to a missing part", { "next-action": id }, '["$@9","$K9"]'],
    ["a huge number of arguments", { "next-action": id }, JSON.stringify(Array.from({ length: 5000 }, () => 0))],
    ["an object where the arguments belong", { "next-action": id }, '{"0":1}'],
  ];
  for (const [label, headers, body] of cases) {
    const answer = await raw(baseURL!, {
      method: "POST",
      path: letterPath,
      body,
      headers: { "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin, ...headers, ...client() },
    });
    expect(answer.status, `${label}: ${answer.body.slice(0, 200)}`).toBeLessThan(500);
  }
  // The no-JavaScript form's own hidden fields, mangled.
  for (const [label, mangle] of [
    ["$ACTION_n:0 that is not JSON", (name: string, value: string) => (/^\$ACTION_\d+:0$/.test(name) ? "{not json" : value)],
    ["$ACTION_n:1 that is not JSON", (name: string, value: string) => (/^\$ACTION_\d+:1$/.test(name) ? "[[[" : value)],
    ["$ACTION_REF_n without its parts", (name: string, value: string) => (/^\$ACTION_\d+:/.test(name) ? "" : value)],
  ] as const) {
    const { body, contentType } = multipart(fields.map(([name, value]) => [name, mangle(name, value)]));
    const answer = await raw(baseURL!, { method: "POST", path: letterPath, body, headers: { "content-type": contentType, origin, ...client() } });
    expect(answer.status, `${label}: ${answer.body.slice(0, 200)}`).toBeLessThan(500);
  }
});

test("a crafted action call whose argument is not a form gets an answer, not a 500", async ({ baseURL }) => {
  const fields = await formFields(baseURL!, letterPath);
  const id = actionId(fields);
  for (const args of ['[{"ok":true},"not a form"]', "[null,null]", '[{"ok":true},{"name":"Robin","email":"robin@example.org"}]', '[{"ok":true},["a","b"]]', '[{"ok":true},42]', "[]"]) {
    const answer = await raw(baseURL!, {
      method: "POST",
      path: letterPath,
      body: args,
      headers: { "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", "next-action": id, origin: new URL(baseURL!).origin, ...client() },
    });
    expect(answer.status, `${args}: ${answer.body.slice(0, 300)}`).toBeLessThan(500);
  }
});
