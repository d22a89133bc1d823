/**
 * Embeddable actions (issue #14, ADR 0030): a partner page on another origin frames a
 * campaign's letter form; the organiser lists that origin; a supporter signs inside the
 * frame and confirms from the email; an unlisted origin cannot frame it; every other page
 * keeps frame-ancestors 'none'; the embed works inside the partner's page with JavaScript
 * off too. The frame's ?source=partner-code names a partner source of the campaign, so the
 * signature is attributed to the partner and its mail says where the supporter came from.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Frame } from "@playwright/test";
import { keyedHash } from "../../lib/crypto";
import { canonicalEmail } from "../../lib/email/canonical";
import { e2eSql } from "../auth";
import { expect, test, visit } from "../fixtures";
import { linkIn, waitForMail } from "../mail";
import { isolatedContext, uniqueId } from "../nojs/support";
import { campaignFor } from "../supporter/channels";
import { expectCheckEmailInPlace } from "../check-email";

test.describe.configure({ mode: "serial" });

const campaign = campaignFor("letter", { highRisk: false });
const embedPath = `/embed/campaigns/${campaign.slug}/letter`;

/** A partner's page on http://localhost:<port> (the app runs on 127.0.0.1: another origin and another site). */
async function partnerSite(appOrigin: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(
      `<!doctype html><html lang="en"><head><title>Partner</title></head><body><h1>Partner page</h1>` +
        `<iframe src="${appOrigin}${embedPath}?source=partner-code" title="Write the letter" width="100%" height="1200" style="border:0"></iframe>` +
        `</body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://localhost:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function frameAncestors(policy: string | undefined): string | undefined {
  return policy
    ?.split(";")
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith("frame-ancestors"));
}

let listed: Awaited<ReturnType<typeof partnerSite>>;
let unlisted: Awaited<ReturnType<typeof partnerSite>>;
/** The partner source the frames' ?source=partner-code names (ADR 0029). */
const partner = { name: "Embed Partner Network", site: "https://embed-partner.example.org", shown: "embed-partner.example.org" };
let partnerSourceId: string;

test.beforeAll(async ({ baseURL }) => {
  const appOrigin = new URL(baseURL!).origin;
  [listed, unlisted] = await Promise.all([partnerSite(appOrigin), partnerSite(appOrigin)]);
  const sql = e2eSql();
  await sql`
    insert into partner_sources (campaign_id, code, name, site_url)
    select id, 'partner-code', ${partner.name}, ${partner.site} from campaigns where slug = ${campaign.slug}
    on conflict (campaign_id, code) do update set archived_at = null`;
  const [source] = await sql<{ id: string }[]>`
    select s.id from partner_sources s join campaigns c on c.id = s.campaign_id where c.slug = ${campaign.slug} and s.code = 'partner-code'`;
  partnerSourceId = source!.id;
});

test.afterAll(async () => {
  await e2eSql()`update campaigns set embed_origins = '{}' where slug = ${campaign.slug}`;
  await Promise.all([listed?.close(), unlisted?.close()]);
});

/** Whether the signer's row records the partner, and with which answer to "may contact me". */
async function attribution(email: string): Promise<{ partner: boolean; consent: boolean } | undefined> {
  const [row] = await e2eSql()<{ partner_source_id: string | null; partner_contact_consent: boolean }[]>`
    select a.partner_source_id, a.partner_contact_consent from actions a join campaigns c on c.id = a.campaign_id
    where c.slug = ${campaign.slug} and a.kind = 'letter' and a.email_hash = ${keyedHash("email", canonicalEmail(email))}`;
  return row && { partner: row.partner_source_id === partnerSourceId, consent: row.partner_contact_consent };
}

test("the organiser lists the partner's site; bad lines are refused next to the field", async ({ page, loginAs }) => {
  await loginAs("admin");
  const [row] = await e2eSql()<{ id: string }[]>`select id from campaigns where slug = ${campaign.slug}`;
  await visit(page, `/organise/campaigns/${row!.id}/embed`);
  const field = page.getByLabel("Allowed sites");
  await field.fill("https://partner.example/some/page\nhttp://partner.example");
  await page.getByRole("button", { name: "Save the sites" }).click();
  await expect(page.getByText("“https://partner.example/some/page”: give the site only")).toBeVisible();
  await expect(page.getByText("“http://partner.example”: use https")).toBeVisible();

  await field.fill(`${listed.origin}/\n`);
  await page.getByRole("button", { name: "Save the sites" }).click();
  await expect(page.getByText("Saved. The listed sites can show the frames")).toBeVisible();
  const [saved] = await e2eSql()<{ embed_origins: string[] }[]>`select embed_origins from campaigns where slug = ${campaign.slug}`;
  expect(saved!.embed_origins).toEqual([listed.origin]);
  await expect(page.getByLabel("Code for “Write a letter”")).toHaveValue(new RegExp(`<iframe src="[^"]+/embed/campaigns/${campaign.slug}/letter\\?source=partner-code"`));
});

test("the embed sends the listed sites as frame-ancestors, no X-Frame-Options; other pages keep 'none'", async ({ request }) => {
  const embed = await request.get(embedPath);
  expect(embed.status()).toBe(200);
  const embedPolicies = embed.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy").map((h) => h.value);
  expect(embedPolicies.map(frameAncestors).filter(Boolean)).toEqual([`frame-ancestors ${listed.origin}`]);
  expect(embedPolicies.join(" ")).toMatch(/script-src 'self' 'nonce-/);
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  const html = await embed.text();
  expect(html).not.toContain("<footer");
  expect(html).toContain("Write the letter");

  for (const path of [`/campaigns/${campaign.slug}`, `/campaigns/${campaign.slug}/letter`, "/"]) {
    const response = await request.get(path);
    expect(frameAncestors(response.headers()["content-security-policy"]), path).toBe("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
  // A kind the campaign does not offer, an unknown campaign: 404, and framed by nobody.
  for (const path of [`/embed/campaigns/${campaign.slug}/call`, "/embed/campaigns/no-such-campaign/letter", `/fr/embed/campaigns/${campaign.slug}/email`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(frameAncestors(response.headers()["content-security-policy"]), path).toBe("frame-ancestors 'none'");
  }
  // In another language, the same permission.
  const french = await request.get(`/fr${embedPath}`);
  expect(french.status()).toBe(200);
  expect(frameAncestors(french.headers()["content-security-policy"])).toBe(`frame-ancestors ${listed.origin}`);
  expect(await french.text()).toContain('<html lang="fr"');
});

test("a supporter signs inside the partner's frame, sees the answer there, and confirms from the email", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const context = await isolatedContext(browser, baseURL!);
  const page = await context.newPage();
  const email = `embed-${uniqueId()}@example.org`;
  await page.goto(`${listed.origin}/`);
  const frame = page.frameLocator("iframe");
  await expect(frame.getByRole("heading", { level: 1, name: "Write the letter" })).toBeVisible();
  const open = frame.getByRole("link", { name: /Open on Inkwell/ });
  await expect(open).toHaveAttribute("target", "_blank");
  await expect(open).toHaveAttribute("href", new RegExp(`/campaigns/${campaign.slug}$`));

  await frame.getByLabel("Your name").fill("Framed Supporter");
  await frame.getByLabel("Your email address").fill(email);
  await frame.getByLabel("Country where you live").selectOption("CA");
  await frame.getByLabel(`${partner.name} may contact me about its work`).check();
  await frame.getByRole("button", { name: "Sign the letter" }).click();
  // In place of the form, inside the frame: the frame stays on the embed, its way out still opens a new window.
  await expectCheckEmailInPlace(frame);
  await expect(frame.getByRole("link", { name: /Open on Inkwell/ })).toHaveCount(2);
  await expect(frame.getByRole("link", { name: /Open on Inkwell/ }).last()).toHaveAttribute("target", "_blank");
  expect(page.url(), "the partner's page stays where it is").toBe(`${listed.origin}/`);
  const inner = page.frames().find((f) => f !== page.mainFrame());
  expect(new URL(inner!.url()).pathname).toBe(embedPath);
  expect(await attribution(email)).toEqual({ partner: true, consent: true });

  const mail = await waitForMail(email, { subject: /Confirm your letter/ });
  expect(mail.text).toContain(`You came here through ${partner.name} (${partner.shown}).`);
  await visit(page, new URL(linkIn(mail, "/confirm/")).pathname);
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
  await expect(page.getByText(`You came here through ${partner.name} (${partner.shown}).`)).toBeVisible();
  await context.close();
});

test("a site that is not listed cannot frame it", async ({ page }) => {
  const embedResponse = page.waitForResponse((response) => response.url().includes(embedPath));
  await page.goto(`${unlisted.origin}/`);
  const response = await embedResponse;
  const policy = (await response.headersArray()).filter((h) => h.name.toLowerCase() === "content-security-policy").map((h) => h.value);
  expect(policy.map(frameAncestors).filter(Boolean)).toEqual([`frame-ancestors ${listed.origin}`]);
  await page.waitForTimeout(1_000);
  const framed = page.frames().find((f) => f !== page.mainFrame()) as Frame;
  const text = await framed.locator("body").innerText({ timeout: 2_000 }).catch(() => "");
  expect(text).not.toContain("Write the letter");
  expect(text).not.toContain("Your email address");
});

test("with JavaScript off the embed is a working form inside the partner's page and ends on its own sent page", async ({ browser, baseURL }) => {
  const context = await isolatedContext(browser, baseURL!, { javaScriptEnabled: false });
  const page = await context.newPage();
  const email = `embed-nojs-${uniqueId()}@example.org`;
  await page.goto(`${listed.origin}/`);
  const frame = page.frameLocator("iframe");
  await frame.getByLabel("Your name").fill("Script-free Supporter");
  await frame.getByLabel("Your email address").fill(email);
  await frame.getByLabel("Country where you live").selectOption("CA");
  await frame.getByRole("button", { name: "Sign the letter" }).click();
  await expect(frame.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await expect(frame.getByRole("link", { name: /Open on Inkwell/ })).toBeVisible();
  expect(page.url(), "the partner's page stays where it is").toBe(`${listed.origin}/`);
  const inner = page.frames().find((f) => f !== page.mainFrame());
  expect(new URL(inner!.url()).pathname).toBe(`${embedPath}/sent`);
  // Not ticked: attributed to the partner, who may not contact this supporter.
  expect(await attribution(email)).toEqual({ partner: true, consent: false });
  await context.close();
});
