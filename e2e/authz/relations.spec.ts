/**
 * The authorization matrix learns relations (issue 11, item 2). For every
 * link step in relations.ts, a fresh world: the attacker (an organiser with a
 * campaign and a defender of their own) first tries to tie one of the owner's
 * objects to theirs, then, refused or not, tries every action on the owner's
 * objects (generated from matrix-table.ts plus the variants it lacks). After
 * each call the database must show nothing of the owner's changed. Then the
 * rules the matrix cannot express as "role x action": a quiet defender is
 * never named, go quiet is lifted only by the defender's own organisers (or
 * an admin) and audited, and a shared target's new contact details wait for
 * an admin.
 */
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../fixtures";
import { createUser, e2eSql, type E2EUser } from "../auth";
import { actionTable } from "./matrix-table";
import { builtActions, callAction, message, randomSlug, sessionCookie, type ActionAnswer, type FormValue, type World } from "./matrix-world";
import {
  brokenRules,
  changes,
  createRelationWorld,
  extraFollowUps,
  followUps,
  generatedFollowUps,
  linkSteps,
  ownerSnapshot,
  targetContactForm,
  type Call,
  type LinkStep,
  type RelationWorld,
} from "./relations";

test.describe.configure({ mode: "parallel" });

const builtIds = new Map(builtActions().map((action) => [action.key, action.id]));
const steps = followUps();

async function run(request: APIRequestContext, baseURL: string, call: Call, w: RelationWorld, cookie: string): Promise<ActionAnswer> {
  const id = builtIds.get(call.action);
  if (!id) throw new Error(`${call.action} is not in this build`);
  return callAction(request, baseURL, id, call.form(w), { cookie, plain: call.plain });
}

/** What an answer said, in one line for the report. */
function said(answer: ActionAnswer): string {
  if (answer.redirect) return `redirect ${answer.redirect}`;
  if (!answer.state) return `HTTP ${answer.status}, no state`;
  const fields = Object.keys(answer.state.fieldErrors ?? {});
  return `${answer.state.ok ? "ok" : "refused"}: ${answer.state.message ?? ""}${fields.length ? ` [${fields.join(", ")}]` : ""}`;
}

const succeeded = (answer: ActionAnswer) =>
  answer.state?.ok === true || (answer.redirect !== null && !answer.redirect.startsWith("/signin") && !answer.redirect.includes("failed"));

/** A CSV import is two calls: the preview signs a draft, the confirmation imports it. */
async function importRows(request: APIRequestContext, baseURL: string, csv: string, cookie: string): Promise<ActionAnswer> {
  const preview = await callAction(
    request,
    baseURL,
    builtIds.get("app/[locale]/organise/targets/actions.ts#previewImport")!,
    { file: { name: "targets.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } },
    { cookie },
  );
  const draft = (preview.state as { draft?: unknown } | null)?.draft;
  if (typeof draft !== "string" || draft.startsWith("$")) return preview;
  return callAction(request, baseURL, builtIds.get("app/[locale]/organise/targets/actions.ts#confirmImport")!, { draft }, { cookie });
}

async function linkAnswer(request: APIRequestContext, baseURL: string, link: LinkStep, w: RelationWorld): Promise<ActionAnswer | null> {
  if (link.importCsv) return importRows(request, baseURL, link.importCsv(w), w.attackerCookie);
  if (link.call) return run(request, baseURL, link.call, w, w.attackerCookie);
  return null;
}

test("relation scenarios: every action that takes another object's id is tried, and the counts", () => {
  // Evaluate every table form on a world of markers: an action whose form carries one of the world's ids takes an id.
  const marker = (name: string) => `00000000-0000-4000-8000-${name.padStart(12, "0").slice(-12)}`;
  const idFields = ["campaignId", "defenderId", "defenderEventId", "targetId", "campaignTargetId", "templateId", "deliveryId", "invitationId", "invitationToken", "coOrganiserId"] as const;
  const fake = Object.fromEntries(idFields.map((field, i) => [field, marker(String(i + 1))])) as unknown as World;
  Object.assign(fake, { campaignSlug: "relations-fake", defenderSlug: "relations-fake", owner: { id: marker("90"), email: "o@example.org" }, caller: { role: "otherOrganiser", user: null, cookie: "" } });
  const markers = new Set(idFields.map((field) => (fake as unknown as Record<string, string>)[field]));
  const carriesId = (value: FormValue): boolean =>
    Array.isArray(value) ? value.some(carriesId) : typeof value === "string" ? markers.has(value) : false;
  const takesId = Object.entries(actionTable)
    .filter(([, entry]) => Object.values(entry.form(fake)).some(carriesId))
    .map(([key]) => key);
  const tried = new Set([
    ...steps.flatMap((step) => (step.call ? [step.call.action] : [])),
    ...linkSteps.flatMap((link) => (link.call ? [link.call.action] : [])),
    ...(linkSteps.some((link) => link.importCsv) ? ["app/[locale]/organise/targets/actions.ts#previewImport", "app/[locale]/organise/targets/actions.ts#confirmImport"] : []),
  ]);
  expect(takesId.filter((key) => !tried.has(key)), "actions taking an object's id that no relation scenario tries (add a link step or follow-up in relations.ts)").toEqual([]);
  expect([...tried].filter((key) => !builtIds.has(key)), "relation scenarios name actions this build does not have").toEqual([]);

  const links = linkSteps.length;
  const generated = generatedFollowUps().length;
  const extra = extraFollowUps.length;
  const summary = [
    `Relation scenarios: ${links} link steps (${links - 1} links + "none") x ${steps.length} follow-up actions (${generated} from the matrix table + ${extra} variants)`,
    `  = ${links * steps.length} follow-up calls, each checked against a database snapshot of the owner's objects, plus ${links - 1} link calls`,
    `  + quiet naming (owner, admin, control), lifting go quiet (5 callers), shared target revision (1)`,
    `Actions taking another object's id: ${takesId.length}, all tried.`,
  ].join("\n");
  console.log(summary);
  test.info().annotations.push({ type: "relation scenarios", description: summary });
});

for (const link of linkSteps) {
  test(`relation: ${link.name}, then every action on the owner's objects`, async ({ request, baseURL }) => {
    test.setTimeout(150_000);
    const w = await createRelationWorld();
    const report: string[] = [];
    let before = await ownerSnapshot(w);

    const answer = await linkAnswer(request, baseURL!, link, w);
    if (answer) {
      report.push(`link (${link.tries}): ${said(answer)}`);
      expect.soft(answer.status, `link "${link.name}": HTTP status`).toBeLessThan(500);
      if (link.legitimate) expect.soft(succeeded(answer), `link "${link.name}" is legitimate and must keep working: ${said(answer)}`).toBe(true);
      const after = await ownerSnapshot(w);
      expect.soft(changes(before, after), `the link step "${link.name}" (${said(answer)}) changed the owner's objects`).toEqual([]);
      before = after;
    }
    expect.soft(await brokenRules(w), `after the link step "${link.name}"`).toEqual([]);

    for (const step of steps) {
      if (step.prepare) {
        await step.prepare(w);
        before = await ownerSnapshot(w);
      }
      let outcome: string;
      if (step.read) {
        const response = await request.get(step.read.path(w), {
          maxRedirects: 0,
          headers: { Cookie: `authjs.session-token=${w.attackerCookie}` },
        });
        const leaked = (await response.text()).includes(step.read.secret(w));
        outcome = `HTTP ${response.status()}${leaked ? ", shows the owner's consent record" : ""}`;
        expect.soft(leaked, `after "${link.name}": ${step.name} gave the attacker the owner's consent record (${outcome})`).toBe(false);
      } else if (!builtIds.has(step.call!.action)) {
        expect.soft(step.call!.action, `${step.name}: the action is not in this build`).toBe("in the build");
        continue;
      } else {
        const reply = await run(request, baseURL!, step.call!, w, w.attackerCookie);
        outcome = said(reply);
        expect.soft(reply.status, `after "${link.name}": ${step.name}: HTTP status`).toBeLessThan(500);
        expect.soft(reply.state?.message, `after "${link.name}": ${step.name} crashed`).not.toBe(message("Actions.unexpected"));
      }
      const after = await ownerSnapshot(w);
      const changed = changes(before, after);
      report.push(`${changed.length ? "CHANGED" : "held   "} ${step.name}: ${outcome}`);
      expect.soft(changed, `after "${link.name}": ${step.name} (${outcome}) changed the owner's objects`).toEqual([]);
      before = after;
    }
    expect.soft(await brokenRules(w), `after "${link.name}" and every follow-up`).toEqual([]);
    await test.info().attach("answers", { body: report.join("\n"), contentType: "text/plain" });
  });
}

const campaignFields = (slug: string, defenderIds: string[]) => ({
  title: `Quiet naming ${slug}`,
  slug,
  summary: "Tries to name a defender who went quiet.",
  actionKinds: "letter",
  defenderIds,
});

async function namedIn(defenderId: string): Promise<string[]> {
  const rows = await e2eSql()<{ campaign_id: string }[]>`select campaign_id from campaign_defenders where defender_id = ${defenderId} order by campaign_id`;
  return rows.map((row) => row.campaign_id);
}

test("a quiet defender is never named in a campaign, not even by its own organisers or an admin", async ({ request, baseURL }) => {
  const sql = e2eSql();
  const w = await createRelationWorld();
  const ownerCookie = await sessionCookie(w.owner);
  const admin = await createUser("admin");
  const adminCookie = await sessionCookie(admin);
  const [second] = await sql<{ id: string; slug: string }[]>`
    insert into campaigns (slug, title, summary, status, action_kinds, created_by)
    values (${randomSlug("quiet-second")}, 'The owner''s second campaign', 'Names nobody yet.', 'draft', '{letter}', ${w.owner.id})
    returning id, slug`;
  await sql`insert into campaign_organisers (campaign_id, user_id, role) values (${second!.id}, ${w.owner.id}, 'owner')`;
  await sql`update defenders set paused = true where id = ${w.defenderId}`;
  const namedBefore = await namedIn(w.defenderId);
  const create = builtIds.get("app/[locale]/organise/campaigns/actions.ts#createCampaignAction")!;
  const update = builtIds.get("app/[locale]/organise/campaigns/actions.ts#updateCampaignAction")!;

  const tries: [string, string, Record<string, FormValue>][] = [
    ["the owner creates a campaign naming it", ownerCookie, { ...campaignFields(randomSlug("quiet-owner"), [w.defenderId]), intent: "save" }],
    ["the owner adds it to their second campaign", ownerCookie, { ...campaignFields(second!.slug, [w.defenderId]), campaignId: second!.id }],
    ["an admin creates a campaign naming it", adminCookie, { ...campaignFields(randomSlug("quiet-admin"), [w.defenderId]), intent: "save" }],
    ["the attacker creates a campaign naming it", w.attackerCookie, { ...campaignFields(randomSlug("quiet-attacker"), [w.defenderId]), intent: "save" }],
  ];
  for (const [who, cookie, form] of tries) {
    const answer = await callAction(request, baseURL!, "campaignId" in form ? update : create, form, { cookie });
    expect.soft(answer.status, `${who}: HTTP status`).toBeLessThan(500);
    expect.soft(await namedIn(w.defenderId), `${who} (${said(answer)}): the quiet defender is named`).toEqual(namedBefore);
  }

  // Control: once the owner lifts go quiet, they may name their own defender again.
  await sql`update defenders set paused = false where id = ${w.defenderId}`;
  const answer = await callAction(request, baseURL!, update, { ...campaignFields(second!.slug, [w.defenderId]), campaignId: second!.id }, { cookie: ownerCookie });
  expect(await namedIn(w.defenderId), `the owner names their own defender once it is public again (${said(answer)})`).toContain(second!.id);
});

test("go quiet is lifted only by the defender's own organisers or an admin, and every lift is audited", async ({ request, baseURL }) => {
  const sql = e2eSql();
  const w = await createRelationWorld();
  const setQuiet = builtIds.get("app/[locale]/organise/defenders/actions.ts#setQuietAction")!;
  // The profile's creator, since removed from its organisers (created_by stays, membership is gone).
  const formerCreator = await createUser("organiser");
  await sql`update defenders set created_by = ${formerCreator.id} where id = ${w.defenderId}`;
  const coOrganiser = { id: w.coOrganiserId } as E2EUser;
  const admin = await createUser("admin");

  const callers: [string, { id: string }, boolean][] = [
    ["a co-organiser of the owner's campaign naming the defender (not one of its organisers)", coOrganiser, false],
    ["the profile's creator, no longer one of its organisers", formerCreator, false],
    ["the attacker", { id: w.attacker.id }, false],
    ["the defender's own organiser", w.owner, true],
    ["an admin", admin, true],
  ];
  for (const [who, user, allowed] of callers) {
    await sql`update defenders set paused = true where id = ${w.defenderId}`;
    const since = (await sql<{ now: Date }[]>`select clock_timestamp() as now`)[0]!.now;
    const cookie = await sessionCookie(user as E2EUser);
    const answer = await callAction(request, baseURL!, setQuiet, { defenderId: w.defenderId, quiet: "off" }, { cookie });
    expect.soft(answer.status, `${who}: HTTP status`).toBeLessThan(500);
    const [defender] = await sql<{ paused: boolean }[]>`select paused from defenders where id = ${w.defenderId}`;
    expect.soft(defender!.paused, `${who} (${said(answer)}): the defender is ${defender!.paused ? "still quiet" : "public again"}`).toBe(!allowed);
    const audited = await sql<{ action: string }[]>`
      select action from audit_log
      where entity_type = 'defender' and entity_id = ${w.defenderId} and actor_id = ${user.id} and created_at >= ${since}`;
    if (allowed) expect.soft(audited.length, `${who} lifted go quiet: an audit_log row must say so`).toBeGreaterThan(0);
    else expect.soft(audited, `${who} was refused: nothing to audit`).toEqual([]);
  }
});

test("another organiser's change to a shared target's contact details waits for an admin", async ({ request, baseURL }) => {
  const sql = e2eSql();
  const w = await createRelationWorld();
  const contact = async () =>
    (await sql`select email, phone, x_handle, bluesky_handle, address_lines, city, postcode, website from targets where id = ${w.targetId}`)[0];
  const live = await contact();
  const answer = await callAction(request, baseURL!, builtIds.get("app/[locale]/organise/targets/actions.ts#saveTarget")!, targetContactForm(w), { cookie: w.attackerCookie });
  expect(answer.status).toBeLessThan(500);
  expect.soft(await contact(), `the attacker's edit (${said(answer)}) went live on a target the owner's published campaign uses`).toEqual(live);
  const pending = await sql<{ changes: Record<string, unknown> }[]>`
    select changes from target_revisions where target_id = ${w.targetId} and status = 'pending' and proposed_by = ${w.attacker.id}`;
  expect.soft(pending.length, `the change is held as a pending target_revisions row (${said(answer)})`).toBe(1);
  if (pending[0]) expect.soft(JSON.stringify(pending[0].changes)).toContain("attacker@example.net");
});
