/**
 * The authorization matrix's fixtures and HTTP plumbing: a fresh "world" (an
 * owner organiser's campaign with everything an action can point at) for each
 * call, callers of every role, and server-action calls made the way React's
 * client makes them (Next-Action header, encodeReply multipart body).
 */
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { createUser, e2eSql, randomEmail, type E2EUser } from "../auth";

export const roles = ["anonymous", "supporter", "otherOrganiser", "ownerOrganiser", "admin"] as const;
export type MatrixRole = (typeof roles)[number];

export interface World {
  owner: E2EUser;
  /** Who makes the call; for "anonymous" a visitor whose session cookie is forged (it gets past proxy.ts). */
  caller: { role: MatrixRole; user: E2EUser | null; cookie: string };
  campaignId: string;
  campaignSlug: string;
  defenderId: string;
  defenderSlug: string;
  defenderEventId: string;
  /** A campaign update with a French version; the campaign and the defender have French versions too. */
  updateId: string;
  targetId: string;
  campaignTargetId: string;
  templateId: string;
  deliveryId: string;
  invitationId: string;
  /** An invitation to the owner's campaign addressed to the caller (to someone else for anonymous callers). */
  invitationToken: string;
  coOrganiserId: string;
  /** A pending request for organiser access: an open item in the moderation queue. */
  organiserRequestId: string;
  /** A partner source of the campaign (ADR 0029) whose one member is someone else; the caller is a member of another source. */
  partnerSourceId: string;
  partnerMemberId: string;
}

const root = path.resolve(__dirname, "..", "..");

/** HMAC as lib/crypto keyedHash("token", ...) computes it, with the test HASH_KEY the server also gets. */
function tokenHash(token: string): string {
  const key = process.env.HASH_KEY;
  if (!key) throw new Error("HASH_KEY is not set: run e2e through scripts/with-test-db.ts");
  return createHmac("sha256", Buffer.from(key, "base64")).update(`token:${token}`).digest("base64url");
}

/** A database session for `user` (what Auth.js writes after a sign-in): the value of its session cookie. */
export async function sessionCookie(user: E2EUser): Promise<string> {
  const token = randomBytes(32).toString("hex");
  await e2eSql()`insert into sessions (session_token, user_id, expires) values (${token}, ${user.id}, now() + interval '1 day')`;
  return token;
}

async function callerFor(role: MatrixRole, owner: E2EUser): Promise<World["caller"]> {
  if (role === "anonymous") return { role, user: null, cookie: randomBytes(32).toString("hex") };
  const user = role === "ownerOrganiser" ? owner : await createUser(role === "otherOrganiser" ? "organiser" : role);
  return { role, user, cookie: await sessionCookie(user) };
}

/**
 * A draft campaign with a defender, target, template, delivery, invitation,
 * co-organiser and defender event, all owned by a fresh organiser, and a
 * pending organiser request (an open moderation item).
 */
export async function createWorld(role: MatrixRole): Promise<World> {
  const sql = e2eSql();
  const owner = await createUser("organiser");
  const caller = await callerFor(role, owner);
  const coOrganiser = await createUser("organiser");
  const suffix = randomBytes(5).toString("hex");
  const [defender] = await sql<{ id: string; slug: string }[]>`
    insert into defenders (slug, name, country, status, summary, consent_status, created_by)
    values (${`authz-defender-${suffix}`}, ${`Authz Defender ${suffix}`}, 'CN', 'detained', 'Made by the authorization matrix.', 'given', ${owner.id})
    returning id, slug`;
  // The owner looks after the profile (defender_organisers, migration 0006), as creating it through the app records.
  await sql`insert into defender_organisers (defender_id, user_id, added_by) values (${defender!.id}, ${owner.id}, ${owner.id})`;
  const [campaign] = await sql<{ id: string; slug: string }[]>`
    insert into campaigns (slug, title, summary, status, action_kinds, created_by)
    values (${`authz-${suffix}`}, ${`Authz campaign ${suffix}`}, 'Made by the authorization matrix.', 'draft', '{letter}', ${owner.id})
    returning id, slug`;
  await sql`insert into campaign_defenders (campaign_id, defender_id) values (${campaign!.id}, ${defender!.id})`;
  await sql`insert into campaign_organisers (campaign_id, user_id, role) values (${campaign!.id}, ${owner.id}, 'owner'), (${campaign!.id}, ${coOrganiser.id}, 'editor')`;
  const [event] = await sql<{ id: string }[]>`
    insert into defender_events (defender_id, occurred_on, kind, text) values (${defender!.id}, '2024-01-02', 'arrest', 'Arrested.') returning id`;
  const [update] = await sql<{ id: string }[]>`
    insert into campaign_updates (campaign_id, kind, title, occurred_on) values (${campaign!.id}, 'update', 'Authz update', '2024-01-03') returning id`;
  await sql`insert into campaign_translations (campaign_id, locale, title, summary) values (${campaign!.id}, 'fr', 'Campagne de la matrice', 'Faite par la matrice.')`;
  await sql`insert into campaign_update_translations (update_id, locale, title) values (${update!.id}, 'fr', 'Actualité de la matrice')`;
  await sql`insert into defender_translations (defender_id, locale, summary) values (${defender!.id}, 'fr', 'Fait par la matrice.')`;
  const [target] = await sql<{ id: string }[]>`
    insert into targets (kind, name, represented_state, host_country) values ('embassy', ${`Authz Embassy ${suffix}`}, 'CN', 'GB') returning id`;
  const [campaignTarget] = await sql<{ id: string }[]>`
    insert into campaign_targets (campaign_id, rule, target_id) values (${campaign!.id}, 'fixed', ${target!.id}) returning id`;
  const [template] = await sql<{ id: string }[]>`
    insert into templates (campaign_id, kind, language, body) values (${campaign!.id}, 'letter', 'en', 'Dear {target.name},') returning id`;
  const [delivery] = await sql<{ id: string }[]>`
    insert into deliveries (campaign_id, target_id, delivered_on, method, action_count, delivered_by)
    values (${campaign!.id}, ${target!.id}, '2024-02-03', 'post', 3, ${owner.id}) returning id`;
  const invitationToken = randomBytes(24).toString("base64url");
  const [invitation] = await sql<{ id: string }[]>`
    insert into campaign_invitations (campaign_id, email, token_hash, invited_by, expires_at)
    values (${campaign!.id}, ${caller.user?.email ?? randomEmail("invitee")}, ${tokenHash(invitationToken)}, ${owner.id}, now() + interval '7 days')
    returning id`;
  const requester = await createUser("supporter");
  const [request] = await sql<{ id: string }[]>`
    insert into organiser_requests (user_id, organisation_name, reason)
    values (${requester.id}, 'Authz Matrix Group', 'Asked for by the authorization matrix, to have an open moderation item.')
    returning id`;
  // Partner sources (ADR 0029): one whose member is someone else, and one whose member is the caller.
  const partnerMember = await createUser("supporter");
  const [partnerSource, callerSource] = await sql<{ id: string }[]>`
    insert into partner_sources (campaign_id, code, name, created_by)
    values (${campaign!.id}, 'authz-partner', 'Authz Partner', ${owner.id}), (${campaign!.id}, 'authz-callers', 'Authz Caller Partner', ${owner.id})
    returning id`;
  await sql`insert into partner_source_members (partner_source_id, user_id) values (${partnerSource!.id}, ${partnerMember.id})`;
  if (caller.user) await sql`insert into partner_source_members (partner_source_id, user_id) values (${callerSource!.id}, ${caller.user.id})`;
  return {
    owner,
    caller,
    partnerSourceId: partnerSource!.id,
    partnerMemberId: partnerMember.id,
    campaignId: campaign!.id,
    campaignSlug: campaign!.slug,
    defenderId: defender!.id,
    defenderSlug: defender!.slug,
    defenderEventId: event!.id,
    updateId: update!.id,
    targetId: target!.id,
    campaignTargetId: campaignTarget!.id,
    templateId: template!.id,
    deliveryId: delivery!.id,
    invitationId: invitation!.id,
    invitationToken,
    coOrganiserId: coOrganiser.id,
    organiserRequestId: request!.id,
  };
}

/** One stored server action: "<file>#<export>" and its id in this build. */
export interface BuiltAction {
  key: string;
  id: string;
}

function distDir(): string {
  return path.join(root, process.env.NEXT_DIST_DIR || ".next");
}

/** Every server action of the build under test, from <distDir>/server/server-reference-manifest.json. */
export function builtActions(): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(path.join(distDir(), "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
    edge: Record<string, { filename: string; exportedName: string }>;
  };
  return Object.entries({ ...manifest.node, ...manifest.edge })
    .map(([id, entry]) => ({ key: `${entry.filename}#${entry.exportedName}`, id }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** "/organise/campaigns/[id]/team" for every page.tsx and route.ts under the given app folders. */
export function appRoutes(folders: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    let entries;
    try {
      entries = readdirSync(path.join(root, "app", dir), { withFileTypes: true });
    } catch {
      return; // the folder does not exist (yet)
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (entry.name.startsWith("_")) continue; // private folders are not routes
        const segment = /^\(.*\)$/.test(entry.name) ? null : entry.name;
        walk(path.join(dir, entry.name), segment ? [...segments, segment] : segments);
      } else if (/^(page|route)\.(tsx|ts|jsx|js)$/.test(entry.name)) {
        found.push(`/${segments.join("/")}`);
      }
    }
  };
  // Pages live under app/[locale]/ (served unprefixed in English); route handlers under app/api/.
  for (const folder of folders) walk(folder.startsWith("api/") ? folder : `[locale]/${folder}`, folder.split("/"));
  return [...new Set(found)].sort();
}

export type FormValue = string | string[] | { name: string; mimeType: string; buffer: Buffer };

/**
 * The body React's client sends for `action(previousState, formData)` (or
 * `action(formData)` for a plain form action): the form's fields prefixed
 * "_1_", then the argument list in field "0", which refers to them as "$K1".
 */
function encodeReply(fields: Record<string, FormValue>, plain: boolean): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === "string") body.append(`_1_${name}`, item);
      else body.append(`_1_${name}`, new Blob([new Uint8Array(item.buffer)], { type: item.mimeType }), item.name);
    }
  }
  body.append("0", plain ? '["$K1"]' : '[{"ok":false},"$K1"]');
  return body;
}

export interface ActionAnswer {
  status: number;
  /** Where the action redirected to (x-action-redirect or Location), if it did. */
  redirect: string | null;
  /** The returned ActionState, when the action returned one. */
  state: { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> } | null;
}

/** Calls a server action over HTTP as `cookie`'s session; `page` only decides which page renders after a refresh. */
export async function callAction(
  request: APIRequestContext,
  baseURL: string,
  actionId: string,
  fields: Record<string, FormValue>,
  options: { cookie: string | null; plain?: boolean; page?: string; forwardedFor?: string },
): Promise<ActionAnswer> {
  const response = await request.fetch(options.page ?? "/", {
    method: "POST",
    maxRedirects: 0,
    headers: {
      "Next-Action": actionId,
      Origin: baseURL,
      Accept: "text/x-component",
      ...(options.cookie ? { Cookie: `authjs.session-token=${options.cookie}` } : {}),
      ...(options.forwardedFor ? { "X-Forwarded-For": options.forwardedFor } : {}),
    },
    multipart: encodeReply(fields, options.plain ?? false),
  });
  return readAnswer(response);
}

async function readAnswer(response: APIResponse): Promise<ActionAnswer> {
  const headers = response.headers();
  const redirect = headers["x-action-redirect"]?.replace(/;(push|replace)$/, "") ?? headers["location"] ?? null;
  const text = await response.text();
  return { status: response.status(), redirect, state: redirect ? null : actionState(text) };
}

/**
 * The ActionState row of an RSC answer ('1:{"ok":false,...}'). Long strings are
 * sent as separate text rows without a trailing newline, so the row is found by
 * its start, not by line.
 */
function actionState(text: string): ActionAnswer["state"] {
  for (const match of text.matchAll(/[0-9a-f]+:(\{"ok":(?:true|false)[^\n]*)/g)) {
    try {
      return JSON.parse(match[1]!) as NonNullable<ActionAnswer["state"]>;
    } catch {
      // not this one
    }
  }
  return null;
}

const catalogue = new Map<string, unknown>();

/** The English text of a catalogue key ("Organise.campaign.notFound"), read from messages/en. */
export function message(key: string): string {
  const [namespace, ...rest] = key.split(".");
  if (!catalogue.has(namespace!)) {
    catalogue.set(namespace!, JSON.parse(readFileSync(path.join(root, "messages", "en", `${namespace}.json`), "utf8")));
  }
  let node: unknown = catalogue.get(namespace!);
  for (const part of rest) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== "string") throw new Error(`No message ${key} in messages/en`);
  return node;
}

export function randomSlug(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
