/**
 * axe on every page of the app (public, sign-in, account, organise, admin),
 * each as the role that can open it, with dynamic segments filled from the
 * demo data or made by the test. A page file without a case here fails the
 * first test, so new pages cannot go unscanned.
 * Serious and critical WCAG 2.x A/AA violations fail (e2e/fixtures.ts).
 */
import type { Browser, Page } from "@playwright/test";
import { createUser, e2eSql, randomEmail, signInAs, type E2ERole } from "../auth";
import { featuredCampaign, featuredDefender } from "../demo-data";
import { expect, test, visit } from "../fixtures";
import { linkIn, waitForMail } from "../mail";
import { isolatedContext, uniqueId } from "../nojs/support";
import { campaignFor } from "../supporter/channels";
import { allPageRoutes } from "./routes";

interface PageCase {
  /** Who opens the page; anonymous when absent. Admins can open every organise and admin page. */
  as?: E2ERole;
  /** The URL to open, with dynamic segments filled. */
  path: (tools: CaseTools) => Promise<string> | string;
  status?: number;
  /** Also scanned on the phone-sized project. */
  mobile?: boolean;
}

interface CaseTools {
  browser: Browser;
  baseURL: string;
  /** A page signed in as an admin, for cases that need to create something first. */
  adminPage: () => Promise<Page>;
}

async function idOf(table: "campaigns" | "defenders", slug: string): Promise<string> {
  const rows = await e2eSql()<{ id: string }[]>`select id from ${e2eSql()(table)} where slug = ${slug}`;
  if (!rows[0]) throw new Error(`No ${table} row with slug ${slug}: is the database seeded?`);
  return rows[0].id;
}

async function anyTargetId(): Promise<string> {
  const [row] = await e2eSql()<{ id: string }[]>`select id from targets order by name limit 1`;
  if (!row) throw new Error("No targets in the database: is it seeded?");
  return row.id;
}

const letterCampaign = () => campaignFor("letter", { highRisk: false });

/** A real confirmation link: a letter signed without JavaScript, its link read from the mail. */
async function freshConfirmPath({ browser, baseURL }: CaseTools): Promise<string> {
  const context = await isolatedContext(browser, baseURL, { javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const email = `a11y-${uniqueId()}@example.org`;
    await visit(page, `/campaigns/${letterCampaign().slug}/letter?country=CA`);
    await page.getByLabel("Your name").fill("Alex Scanner");
    await page.getByLabel("Your email address").fill(email);
    await page.getByRole("button", { name: "Sign the letter" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    return new URL(linkIn(await waitForMail(email, { subject: /Confirm/ }), "/confirm/")).pathname;
  } finally {
    await context.close();
  }
}

/** A real invitation link to someone else: the admin sees the "for another address" state. */
async function freshInvitationPath(tools: CaseTools): Promise<string> {
  const page = await tools.adminPage();
  const invitee = randomEmail("a11y-invitee");
  await visit(page, `/organise/campaigns/${await idOf("campaigns", featuredCampaign().slug)}/team`);
  await page.getByLabel("Email address").fill(invitee);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: invitee })).toBeVisible();
  return new URL(linkIn(await waitForMail(invitee), "/organise/invitations/")).pathname;
}

/** A fresh solidarity message (pending, so it waits in the moderation queue), sent without JavaScript. */
async function freshModerationItemPath({ browser, baseURL }: CaseTools): Promise<string> {
  const context = await isolatedContext(browser, baseURL, { javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const message = `A message for the moderators ${uniqueId()}`;
    await visit(page, `/campaigns/${campaignFor("solidarity", { highRisk: false }).slug}/solidarity`);
    await page.getByLabel("Your name").fill("Alex Scanner");
    await page.getByLabel("Your message", { exact: true }).fill(message);
    await page.getByRole("button", { name: "Send my message" }).click();
    await expect(page.getByText("Your message will appear once a moderator has read it.")).toBeVisible();
    const [row] = await e2eSql()<{ id: string }[]>`select id::text as id from actions where personal_text = ${message}`;
    return `/admin/moderation/action/${row!.id}`;
  } finally {
    await context.close();
  }
}

const campaignPage = (suffix: string) => async () => `/organise/campaigns/${await idOf("campaigns", featuredCampaign().slug)}${suffix}`;

const cases: Record<string, PageCase> = {
  "/": { path: () => "/", mobile: true },
  "/campaigns": { path: () => "/campaigns?status=open" },
  "/campaigns/[slug]": { path: () => `/campaigns/${featuredCampaign().slug}`, mobile: true },
  "/campaigns/[slug]/letter": { path: () => `/campaigns/${letterCampaign().slug}/letter?country=CA`, mobile: true },
  "/campaigns/[slug]/letter/sent": { path: () => `/campaigns/${letterCampaign().slug}/letter/sent` },
  "/campaigns/[slug]/post-it": { path: () => `/campaigns/${letterCampaign().slug}/post-it?country=CA` },
  "/campaigns/[slug]/tweet": { path: () => `/campaigns/${campaignFor("tweet").slug}/tweet` },
  "/campaigns/[slug]/email": { path: () => `/campaigns/${campaignFor("email").slug}/email?country=CA` },
  "/campaigns/[slug]/call": { path: () => `/campaigns/${campaignFor("call").slug}/call?country=CA` },
  "/campaigns/[slug]/solidarity": { path: () => `/campaigns/${campaignFor("solidarity").slug}/solidarity`, mobile: true },
  "/campaigns/[slug]/sign-on": { path: () => `/campaigns/${campaignFor("org_signon").slug}/sign-on` },
  "/campaigns/[slug]/sign-on/sent": { path: () => `/campaigns/${campaignFor("org_signon").slug}/sign-on/sent` },
  "/campaigns/[slug]/thanks": { path: () => `/campaigns/${letterCampaign().slug}/thanks?kind=letter` },
  "/confirm/[token]": { path: freshConfirmPath },
  // A real token needs a campaign update mailed to a subscriber; the page's other state is scanned.
  "/unsubscribe/[token]": { path: () => "/unsubscribe/not-a-real-token-a11y" },
  "/defenders": { path: () => "/defenders" },
  "/defenders/[slug]": { path: () => `/defenders/${featuredDefender().slug}` },
  "/signin": { path: () => "/signin", mobile: true },
  "/signin/check-email": { path: () => "/signin/check-email" },
  "/signin/error": { path: () => "/signin/error?error=Verification" },
  "/account": { as: "supporter", path: () => "/account" },
  "/account/delete": { as: "supporter", path: () => "/account/delete" },
  "/account/deleted": { path: () => "/account/deleted" },
  // Only served by the local demo (no SMTP, embedded database): the e2e server answers 404.
  "/dev/mail": { path: () => "/dev/mail", status: 404 },
  "/organise": { as: "admin", path: () => "/organise" },
  "/organise/campaigns/new": { as: "admin", path: () => "/organise/campaigns/new" },
  "/organise/campaigns/[id]": { as: "admin", path: campaignPage("") },
  "/organise/campaigns/[id]/analytics": { as: "admin", path: campaignPage("/analytics") },
  "/organise/campaigns/[id]/delivery": { as: "admin", path: campaignPage("/delivery") },
  "/organise/campaigns/[id]/team": { as: "admin", path: campaignPage("/team") },
  "/organise/campaigns/[id]/templates": { as: "admin", path: campaignPage("/templates") },
  "/organise/campaigns/[id]/updates": { as: "admin", path: campaignPage("/updates") },
  "/organise/defenders": { as: "admin", path: () => "/organise/defenders" },
  "/organise/defenders/new": { as: "admin", path: () => "/organise/defenders/new" },
  "/organise/defenders/[id]": { as: "admin", path: async () => `/organise/defenders/${await idOf("defenders", featuredDefender().slug)}` },
  "/organise/invitations/[token]": { as: "admin", path: freshInvitationPath },
  "/organise/targets": { as: "admin", path: () => "/organise/targets" },
  "/organise/targets/new": { as: "admin", path: () => "/organise/targets/new" },
  "/organise/targets/[id]": { as: "admin", path: async () => `/organise/targets/${await anyTargetId()}` },
  "/organise/targets/import": { as: "admin", path: () => "/organise/targets/import" },
  "/admin": { as: "admin", path: () => "/admin" },
  "/admin/audit": { as: "admin", path: () => "/admin/audit" },
  "/admin/abuse": { as: "admin", path: () => "/admin/abuse" },
  "/admin/abuse/invalidations": { as: "admin", path: () => "/admin/abuse/invalidations" },
  "/admin/abuse/limits": { as: "admin", path: () => "/admin/abuse/limits" },
  "/admin/abuse/lists": { as: "admin", path: () => "/admin/abuse/lists" },
  "/admin/abuse/switches": { as: "admin", path: () => "/admin/abuse/switches" },
  "/admin/abuse/trending": { as: "admin", path: () => "/admin/abuse/trending" },
  "/admin/moderation": { as: "admin", path: () => "/admin/moderation" },
  "/admin/moderation/[type]/[id]": { as: "admin", path: freshModerationItemPath },
  "/admin/moderation/reasons": { as: "admin", path: () => "/admin/moderation/reasons" },
  "/admin/users": { as: "admin", path: () => "/admin/users" },
  "/admin/users/[id]": { as: "admin", path: async () => `/admin/users/${(await createUser("supporter")).id}` },
};

const routes = allPageRoutes();

test("every page file has an accessibility case", () => {
  expect(routes.filter((route) => !(route in cases)), "routes without a case in e2e/a11y/every-page.spec.ts").toEqual([]);
  expect(Object.keys(cases).filter((route) => !routes.includes(route)), "cases for routes that no longer exist").toEqual([]);
});

test("the not-found page has no serious accessibility violations", { tag: "@mobile" }, async ({ page, axe }) => {
  await visit(page, "/no-such-page-a11y", 404);
  await axe();
});

for (const route of routes) {
  const pageCase = cases[route];
  if (!pageCase) continue;
  test(`${route} has no serious accessibility violations`, { tag: pageCase.mobile ? "@mobile" : [] }, async ({ page, context, browser, baseURL, axe }) => {
    test.setTimeout(60_000);
    if (pageCase.as) await signInAs(context, await createUser(pageCase.as), baseURL!);
    const adminContexts: Awaited<ReturnType<typeof isolatedContext>>[] = [];
    const tools: CaseTools = {
      browser,
      baseURL: baseURL!,
      adminPage: async () => {
        const adminContext = await isolatedContext(browser, baseURL!);
        adminContexts.push(adminContext);
        await signInAs(adminContext, await createUser("admin"), baseURL!);
        return adminContext.newPage();
      },
    };
    try {
      await visit(page, await pageCase.path(tools), pageCase.status);
      await expect(page.locator("h1").first()).toBeVisible();
      await axe();
    } finally {
      for (const c of adminContexts) await c.close();
    }
  });
}
