/**
 * What a browser cannot type: invalid UTF-8 bytes, repeated fields where one
 * string is expected, a file where text is expected, missing fields, a
 * missing or foreign Origin, an unknown action id, an oversized body. Each is
 * posted as the letter form's own no-JavaScript submission (its hidden
 * $ACTION fields read from the page), and must never answer 5xx or store a
 * partial row.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { e2eSql } from "../auth";
import { expect, test, visit } from "../fixtures";
import { ownClientHeaders, uniqueId } from "../nojs/support";
import { openSealed } from "../sealed";
import { campaignFor } from "../supporter/channels";
import { actionsAtDomain, countRows } from "./forms";

const campaign = campaignFor("letter", { highRisk: false });
const letterPath = `/campaigns/${campaign.slug}/letter?country=CA`;

test.use({ javaScriptEnabled: false });

type Part = { name: string; value: string | Buffer; filename?: string };

/** The letter form's fields as the server rendered them (hidden $ACTION fields included), in order. */
async function formFields(page: Page): Promise<Part[]> {
  await visit(page, letterPath);
  const form = page.locator("form", { has: page.locator('[name="idempotencyKey"]') });
  const fields = await form.locator("input[name], select[name], textarea[name]").evaluateAll((elements) =>
    elements
      .filter((e) => !((e as HTMLInputElement).type === "checkbox" && !(e as HTMLInputElement).checked))
      .map((e) => ({ name: (e as HTMLInputElement).name, value: (e as HTMLInputElement).value })),
  );
  expect(fields.some((f) => f.name.startsWith("$ACTION")), "the form posts to a server action without JavaScript").toBe(true);
  return fields;
}

function multipart(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = `----hostile${randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ""}`;
    const type = part.filename ? "Content-Type: application/octet-stream\r\n" : "";
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`, "utf8"));
    chunks.push(typeof part.value === "string" ? Buffer.from(part.value, "utf8") : part.value);
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Replaces (or with `undefined`, drops) fields; extra parts are appended. */
function withFields(fields: Part[], changes: Record<string, string | Buffer | undefined>, extra: Part[] = []): Part[] {
  const out = fields
    .filter((f) => !(f.name in changes) || changes[f.name] !== undefined)
    .map((f) => (f.name in changes ? { ...f, value: changes[f.name]! } : f));
  for (const [name, value] of Object.entries(changes)) {
    if (value !== undefined && !fields.some((f) => f.name === name)) out.push({ name, value });
  }
  return [...out, ...extra];
}

async function post(request: APIRequestContext, baseURL: string, parts: Part[], headers: Record<string, string> = {}) {
  const { body, contentType } = multipart(parts);
  return request.post(letterPath, {
    data: body,
    headers: { "content-type": contentType, origin: baseURL, ...ownClientHeaders(), ...headers },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

function signer() {
  const domain = `raw-${uniqueId()}.example.org`;
  return { domain, email: `robin@${domain}` };
}

test("invalid UTF-8 bytes are read as replacement characters and stored without error", async ({ page, request, baseURL }) => {
  const fields = await formFields(page);
  const { domain, email } = signer();
  const bytes = Buffer.concat([Buffer.from("bad "), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80]), Buffer.from(" bytes")]);
  const response = await post(request, baseURL!, withFields(fields, { name: bytes, email, personalText: bytes, city: bytes }));
  expect(response.status()).toBeLessThan(500);
  const rows = (
    await e2eSql()<{ personal_text: string | null; city: string | null }[]>`
      select personal_text_ciphertext as personal_text, city_ciphertext as city from actions where email_domain = ${domain}`
  ).map((row) => ({ personal_text: openSealed(row.personal_text), city: openSealed(row.city) }));
  expect(rows).toHaveLength(1);
  expect(rows[0]!.personal_text).toMatch(/^bad .*\uFFFD.* bytes$/);
  expect(rows[0]!.city).toBe(rows[0]!.personal_text);
});

test("a field sent twice, or as a file, is refused next to the field and nothing is stored", async ({ page, request, baseURL }) => {
  const fields = await formFields(page);
  for (const extra of [
    [{ name: "name", value: "Second Name" }],
    [{ name: "email", value: "other@example.org" }],
    [{ name: "country", value: "FR" }],
  ] satisfies Part[][]) {
    const { domain, email } = signer();
    const response = await post(request, baseURL!, withFields(fields, { name: "Robin", email }, extra));
    expect(response.status()).toBeLessThan(500);
    const html = await response.text();
    expect(html).toContain(`id="field-${extra[0]!.name}-error"`);
    expect(await countRows(actionsAtDomain(domain))).toBe(0);
  }
  const { domain, email } = signer();
  const asFile = withFields(fields, { name: undefined, email }, [{ name: "name", value: Buffer.from("Robin"), filename: "name.txt" }]);
  const response = await post(request, baseURL!, asFile);
  expect(response.status()).toBeLessThan(500);
  expect(await response.text()).toContain('id="field-name-error"');
  expect(await countRows(actionsAtDomain(domain))).toBe(0);
});

test("missing fields are answered, never a 5xx, and store nothing", async ({ page, request, baseURL }) => {
  const fields = await formFields(page);
  for (const dropped of ["name", "email", "country", "campaign", "idempotencyKey"]) {
    const { domain, email } = signer();
    const parts = withFields(fields, { name: "Robin", email, [dropped]: undefined });
    const response = await post(request, baseURL!, parts);
    expect(response.status(), `without ${dropped}`).toBeLessThan(500);
    expect(await response.text(), `without ${dropped}`).toMatch(/Please correct the fields marked below|This form has expired/);
    expect(await countRows(actionsAtDomain(domain))).toBe(0);
  }
});

async function postWithOrigin(page: Page, request: APIRequestContext, origin: string) {
  const fields = await formFields(page);
  const { domain, email } = signer();
  const { body, contentType } = multipart(withFields(fields, { name: "Robin", email }));
  const headers: Record<string, string> = { "content-type": contentType, ...ownClientHeaders() };
  if (origin) headers.origin = origin;
  const response = await request.post(letterPath, { data: body, headers, maxRedirects: 0, failOnStatusCode: false });
  expect(await countRows(actionsAtDomain(domain)), `nothing stored with origin "${origin}"`).toBe(0);
  return response;
}

test("a post without the Origin header is refused and stores nothing", async ({ page, request }) => {
  const response = await postWithOrigin(page, request, "");
  expect(response.status()).toBeLessThan(500);
});

test("a post from another site (or Origin: null) is refused and stores nothing", async ({ page, request }) => {
  // Next's own server-action origin check would answer 500; proxy.ts refuses first with 403.
  for (const origin of ["https://evil.example", "null"]) {
    const response = await postWithOrigin(page, request, origin);
    expect(response.status(), `origin "${origin}"`).toBe(403);
  }
});

test("an unknown or mangled action id, and a body that is not a form, never answer 5xx", async ({ page, request, baseURL }) => {
  const fields = await formFields(page);
  const mangled = fields.map((f) => (/^\$ACTION_\d+:0$/.test(f.name) ? { ...f, value: '{"id":"00000000000000000000000000000000000000","bound":null}' } : f));
  const withBadState = fields.map((f) => (/^\$ACTION_\d+:\d+$/.test(f.name) ? { ...f, value: '{"id":"0000","bound":"$@1"}' } : f));
  for (const [label, parts] of [
    ["unknown action id", mangled],
    ["garbage action state", withBadState],
  ] as const) {
    const { email } = signer();
    const response = await post(request, baseURL!, withFields([...parts], { name: "Robin", email }));
    expect(response.status(), label).toBeLessThan(500);
  }
  const notAForm = await request.post(letterPath, {
    data: "name=Robin&email=robin%40example.org",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: baseURL!, ...ownClientHeaders() },
    failOnStatusCode: false,
    maxRedirects: 0,
  });
  expect(notAForm.status(), "urlencoded body").toBeLessThan(500);
  const json = await request.post(letterPath, {
    data: '{"name":["a"],"__proto__":{"x":1}}',
    headers: { "content-type": "application/json", origin: baseURL!, "next-action": "0".repeat(40), ...ownClientHeaders() },
    failOnStatusCode: false,
    maxRedirects: 0,
  });
  expect(json.status(), "JSON body to an unknown action").toBeLessThan(500);
});

test("an oversized body is refused without a 5xx and stores nothing", async ({ page, request, baseURL }) => {
  // Over serverActions.bodySizeLimit (6 MB) Next would answer 500; proxy.ts answers 413 first.
  const fields = await formFields(page);
  const { domain, email } = signer();
  const response = await post(request, baseURL!, withFields(fields, { name: "Robin", email, personalText: "x".repeat(7 * 1024 * 1024) }));
  expect(response.status()).toBe(413);
  expect(await countRows(actionsAtDomain(domain))).toBe(0);
});
