/**
 * Every page of the app with how to open it: who (role) and which URL, with
 * dynamic segments filled from the demo data or made by the case. Shared by
 * the accessibility scan (every-page.spec.ts) and the narrow-screen layout
 * check (e2e/layout/no-horizontal-scroll.spec.ts).
 */
import type { Browser, Page } from "@playwright/test";
import { createUser, e2eSql, randomEmail, type E2ERole } from "../auth";
import { featuredCampaign, featuredDefender } from "../demo-data";
import { expect, visit } from "../fixtures";
import { linkIn, waitForMail } from "../mail";
import { isolatedContext, uniqueId } from "../nojs/support";
import { actionIdsWithText } from "../sealed";
import { campaignFor } from "../supporter/channels";

export interface PageCase {
  /** Who opens the page; anonymous when absent. Admins can open every organise and admin page. */
  as?: E2ERole;
  /** The URL to open, with dynamic segments filled. */
  path: (tools: CaseTools) => Promise<string> | string;
  status?: number;
  /** Also scanned on the phone-sized project. */
  mobile?: boolean;
}

export interface CaseTools {
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

/** The review page of changes to shared targets, with one change waiting (so its table is scanned too). */
async function pendingTargetChangePath(): Promise<string> {
  const sql = e2eSql();
  const [target] = await sql<{ id: string }[]>`
    insert into targets (kind, name, represented_state, host_country, email) values ('embassy', ${`A11y Embassy ${uniqueId()}`}, 'CN', 'GB', 'old@example.org') returning id`;
  await sql`insert into target_revisions (target_id, changes) values (${target!.id}, ${JSON.stringify({ email: "new@example.org", addressLines: ["1 New Street"] })}::jsonb)`;
  return "/admin/moderation/targets";
}

/** A campaign waiting in review, opened through its preview. */
async function inReviewPreviewPath(): Promise<string> {
  const slug = `a11y-review-${uniqueId()}`;
  await e2eSql()`
    insert into campaigns (slug, title, summary, ask, story_markdown, status, action_kinds)
    values (${slug}, 'A campaign waiting for review', 'Made by the accessibility scan.', 'Release them.', 'A story **in review**.', 'in_review', '{letter}')`;
  return `/campaigns/${slug}/preview`;
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
    const [id] = await actionIdsWithText(message);
    return `/admin/moderation/action/${id!}`;
  } finally {
    await context.close();
  }
}

const campaignPage = (suffix: string) => async () => `/organise/campaigns/${await idOf("campaigns", featuredCampaign().slug)}${suffix}`;

export const cases: Record<string, PageCase> = {
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
  "/campaigns/[slug]/petition": { path: () => `/campaigns/${campaignFor("petition").slug}/petition`, mobile: true },
  "/campaigns/[slug]/petition/sent": { path: () => `/campaigns/${campaignFor("petition").slug}/petition/sent` },
  // The embeddable forms (ADR 0030), at their public /embed/ addresses.
  "/campaigns/[slug]/letter/embed": { path: () => `/embed/campaigns/${letterCampaign().slug}/letter`, mobile: true },
  "/campaigns/[slug]/letter/embed/sent": { path: () => `/embed/campaigns/${letterCampaign().slug}/letter/sent` },
  "/campaigns/[slug]/petition/embed": { path: () => `/embed/campaigns/${campaignFor("petition").slug}/petition` },
  "/campaigns/[slug]/petition/embed/sent": { path: () => `/embed/campaigns/${campaignFor("petition").slug}/petition/sent` },
  "/campaigns/[slug]/sign-on/embed": { path: () => `/embed/campaigns/${campaignFor("org_signon").slug}/sign-on` },
  "/campaigns/[slug]/sign-on/embed/sent": { path: () => `/embed/campaigns/${campaignFor("org_signon").slug}/sign-on/sent` },
  "/campaigns/[slug]/tweet/embed": { path: () => `/embed/campaigns/${campaignFor("tweet").slug}/tweet` },
  "/campaigns/[slug]/tweet/embed/sent": { path: () => `/embed/campaigns/${campaignFor("tweet").slug}/tweet/sent?network=bluesky&target=&country=` },
  // The preview of a campaign in review: for admins and its organisers only (ADR 0015).
  "/campaigns/[slug]/preview": { as: "admin", path: inReviewPreviewPath },
  "/campaigns/[slug]/thanks": { path: () => `/campaigns/${letterCampaign().slug}/thanks?kind=letter` },
  "/confirm/[token]": { path: freshConfirmPath },
  // A real token needs a campaign update mailed to a subscriber; the page's other state is scanned.
  "/unsubscribe/[token]": { path: () => "/unsubscribe/not-a-real-token-a11y" },
  "/defenders": { path: () => "/defenders" },
  "/privacy": { path: () => "/privacy", mobile: true },
  "/accessibility": { path: () => "/accessibility" },
  "/defenders/[slug]": { path: () => `/defenders/${featuredDefender().slug}` },
  "/signin": { path: () => "/signin", mobile: true },
  "/signin/check-email": { path: () => "/signin/check-email" },
  "/signin/error": { path: () => "/signin/error?error=Verification" },
  "/account": { as: "supporter", path: () => "/account" },
  "/account/delete": { as: "supporter", path: () => "/account/delete" },
  "/account/partners": { as: "supporter", path: () => "/account/partners" },
  "/account/deleted": { path: () => "/account/deleted" },
  // Only served by the local demo (no SMTP, embedded database): the e2e server answers 404.
  "/dev/mail": { path: () => "/dev/mail", status: 404 },
  "/organise": { as: "admin", path: () => "/organise" },
  "/organise/campaigns/new": { as: "admin", path: () => "/organise/campaigns/new" },
  "/organise/campaigns/[id]": { as: "admin", path: campaignPage("") },
  "/organise/campaigns/[id]/analytics": { as: "admin", path: campaignPage("/analytics") },
  "/organise/campaigns/[id]/delivery": { as: "admin", path: campaignPage("/delivery") },
  "/organise/campaigns/[id]/embed": { as: "admin", path: campaignPage("/embed") },
  "/organise/campaigns/[id]/team": { as: "admin", path: campaignPage("/team") },
  "/organise/campaigns/[id]/partners": { as: "admin", path: campaignPage("/partners") },
  "/organise/campaigns/[id]/templates": { as: "admin", path: campaignPage("/templates") },
  "/organise/campaigns/[id]/updates": { as: "admin", path: campaignPage("/updates") },
  "/organise/campaigns/[id]/translations": { as: "admin", path: campaignPage("/translations?lang=fr") },
  "/organise/defenders": { as: "admin", path: () => "/organise/defenders" },
  "/organise/defenders/new": { as: "admin", path: () => "/organise/defenders/new" },
  "/organise/defenders/[id]": { as: "admin", path: async () => `/organise/defenders/${await idOf("defenders", featuredDefender().slug)}` },
  "/organise/defenders/[id]/translations": {
    as: "admin",
    path: async () => `/organise/defenders/${await idOf("defenders", featuredDefender().slug)}/translations?lang=fr`,
  },
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
  "/admin/moderation/targets": { as: "admin", path: pendingTargetChangePath },
  "/admin/users": { as: "admin", path: () => "/admin/users" },
  "/admin/users/[id]": { as: "admin", path: async () => `/admin/users/${(await createUser("supporter")).id}` },
};

