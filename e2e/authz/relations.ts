/**
 * Relation scenarios for the authorization matrix (issue 11, item 2).
 *
 * matrix.spec.ts asks "may role R call action A on the owner's world?". This
 * module builds what it never does: an attacker (an organiser with a campaign
 * and a defender of their own) first tries to LINK one of the owner's objects
 * into something of theirs (name the owner's defender in a campaign, attach
 * the owner's target, record a delivery to it, save a template for it, revoke
 * or accept an invitation of another campaign, move a timeline event, import a
 * row...), and then, whether or not the link was refused, tries every action
 * on the owner's objects. The database says whether anything of the owner's
 * changed; the answers only say what was tried.
 *
 * The follow-up actions are generated from matrix-table.ts: every action that
 * only the owner's team may call there is tried by the attacker with the
 * table's own form (which points at the owner's world), plus a few variants
 * the table does not build (lifting "go quiet", setting a defender's status
 * through a campaign update, a shared target's contact details, reading the
 * consent record).
 */
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { e2eSql, randomEmail, type E2EUser } from "../auth";
import { actionTable } from "./matrix-table";
import { createWorld, randomSlug, type FormValue, type World } from "./matrix-world";

export interface RelationWorld extends World {
  /** The attacker: a fresh organiser (the world's caller, "otherOrganiser"). */
  attacker: E2EUser;
  attackerCookie: string;
  /** The attacker's own draft campaign (they own it), naming nobody yet. */
  attackerCampaignId: string;
  attackerCampaignSlug: string;
  /** The attacker's own defender profile (created by them, in defender_organisers). */
  attackerDefenderId: string;
  attackerDefenderSlug: string;
  /** An invitation to the owner's campaign addressed to someone else, and its token. */
  foreignInvitationId: string;
  foreignInvitationToken: string;
  /** Text only the owner's consent record holds: a page that shows it to the attacker leaks it. */
  consentMarker: string;
}

/** HMAC as lib/crypto keyedHash("token", ...) computes it, with the test HASH_KEY the server also gets. */
function tokenHash(token: string): string {
  const key = process.env.HASH_KEY;
  if (!key) throw new Error("HASH_KEY is not set: run e2e through scripts/with-test-db.ts");
  return createHmac("sha256", Buffer.from(key, "base64")).update(`token:${token}`).digest("base64url");
}

/**
 * The matrix world of an "otherOrganiser" caller, made a little more real:
 * the owner's campaign is published (so its target is in use by a live
 * campaign), the defender has a photo and a consent record with details, the
 * target has contact details, and the attacker has a campaign and a defender
 * of their own.
 */
export async function createRelationWorld(): Promise<RelationWorld> {
  const sql = e2eSql();
  const world = await createWorld("otherOrganiser");
  const attacker = world.caller.user!;
  const suffix = randomBytes(5).toString("hex");
  const consentMarker = `consent-marker-${suffix}`;
  await sql`update campaigns set status = 'published', published_at = now() where id = ${world.campaignId}`;
  await sql`
    update defenders set
      photo_path = ${`defenders/${randomUUID()}.webp`}, photo_alt = 'The owner''s photo.',
      consent_given_by = 'Their sister', consent_method = 'Phone call', consent_given_on = '2024-01-01',
      consent_note = ${consentMarker}, consent_recorded_by = ${world.owner.id}, consent_recorded_at = now()
    where id = ${world.defenderId}`;
  await sql`
    update targets set
      email = 'embassy@example.org', phone = '+44 20 7946 0000', x_handle = 'OwnerEmbassy',
      bluesky_handle = 'owner-embassy.example.org', address_lines = '{"1 Embassy Row"}', city = 'London',
      postcode = 'SW1A 1AA', website = 'https://embassy.example.org/', is_example = false
    where id = ${world.targetId}`;

  const [defender] = await sql<{ id: string; slug: string }[]>`
    insert into defenders (slug, name, country, status, summary, consent_status, created_by)
    values (${`relations-defender-${suffix}`}, ${`Relations Defender ${suffix}`}, 'TR', 'detained', 'The attacker''s own profile.', 'given', ${attacker.id})
    returning id, slug`;
  await sql`insert into defender_organisers (defender_id, user_id, added_by) values (${defender!.id}, ${attacker.id}, ${attacker.id})`;
  const [campaign] = await sql<{ id: string; slug: string }[]>`
    insert into campaigns (slug, title, summary, status, action_kinds, created_by)
    values (${`relations-${suffix}`}, ${`Relations campaign ${suffix}`}, 'The attacker''s own campaign.', 'draft', '{letter,email}', ${attacker.id})
    returning id, slug`;
  await sql`insert into campaign_organisers (campaign_id, user_id, role) values (${campaign!.id}, ${attacker.id}, 'owner')`;

  const foreignInvitationToken = randomBytes(24).toString("base64url");
  const [invitation] = await sql<{ id: string }[]>`
    insert into campaign_invitations (campaign_id, email, token_hash, invited_by, expires_at)
    values (${world.campaignId}, ${randomEmail("someone-else")}, ${tokenHash(foreignInvitationToken)}, ${world.owner.id}, now() + interval '7 days')
    returning id`;

  return {
    ...world,
    attacker,
    attackerCookie: world.caller.cookie,
    attackerCampaignId: campaign!.id,
    attackerCampaignSlug: campaign!.slug,
    attackerDefenderId: defender!.id,
    attackerDefenderSlug: defender!.slug,
    foreignInvitationId: invitation!.id,
    foreignInvitationToken,
    consentMarker,
  };
}

const today = () => new Date().toISOString().slice(0, 10);

/** One server action call: the action's key in the build ("<file>#<export>"), its form, and whether it is a plain form action. */
export interface Call {
  action: string;
  plain?: boolean;
  form: (w: RelationWorld) => Record<string, FormValue>;
}

/**
 * A first step that ties one of the owner's objects to the attacker's. Most
 * must be refused; `legitimate` ones (attaching a directory target to your own
 * campaign, importing targets) must keep working, and what follows must still
 * leave the owner's objects alone.
 */
export interface LinkStep {
  name: string;
  /** What the attacker tries, in words (the report and docs/reliability.md). */
  tries: string;
  /** The call; an import is two calls (preview, then confirm the signed draft). */
  call?: Call;
  importCsv?: (w: RelationWorld) => string;
  legitimate?: boolean;
}

const campaignForm = (w: RelationWorld, defenderIds: string[]) => ({
  title: `Relations campaign ${w.attackerCampaignSlug}`,
  slug: w.attackerCampaignSlug,
  summary: "The attacker's own campaign, saved again.",
  actionKinds: ["letter", "email"],
  defenderIds,
});

export const linkSteps: LinkStep[] = [
  { name: "none", tries: "nothing first (the plain follow-up matrix)" },
  {
    name: "name the defender in a new campaign",
    tries: "createCampaignAction with defenderIds = the owner's defender",
    call: {
      action: "app/[locale]/organise/campaigns/actions.ts#createCampaignAction",
      form: (w) => ({ ...campaignForm(w, [w.defenderId]), slug: randomSlug("relations-new"), intent: "save" }),
    },
  },
  {
    name: "name the defender in their own campaign",
    tries: "updateCampaignAction of the attacker's campaign with defenderIds = [their defender, the owner's]",
    call: {
      action: "app/[locale]/organise/campaigns/actions.ts#updateCampaignAction",
      form: (w) => ({ ...campaignForm(w, [w.attackerDefenderId, w.defenderId]), campaignId: w.attackerCampaignId }),
    },
  },
  {
    name: "attach the owner's target",
    tries: "attachTargetAction: the owner's target (fixed rule) on the attacker's campaign (allowed: the directory is shared)",
    legitimate: true,
    call: {
      action: "app/[locale]/organise/campaigns/actions.ts#attachTargetAction",
      form: (w) => ({ campaignId: w.attackerCampaignId, rule: "fixed", targetId: w.targetId, targetKinds: ["letter", "email"] }),
    },
  },
  {
    name: "record a delivery to a target not on the campaign",
    tries: "recordDeliveryAction: the attacker's campaign, the owner's (unattached) target",
    call: {
      action: "app/[locale]/organise/campaigns/[id]/delivery/actions.ts#recordDeliveryAction",
      form: (w) => ({ campaignId: w.attackerCampaignId, targetId: w.targetId, deliveredOn: today(), method: "post", actionCount: "12", response: "" }),
    },
  },
  {
    name: "answer the owner's delivery",
    tries: "saveResponseFromList: the attacker's campaign, the owner's delivery id",
    call: {
      action: "app/[locale]/organise/campaigns/[id]/delivery/actions.ts#saveResponseFromList",
      plain: true,
      form: (w) => ({ campaignId: w.attackerCampaignId, deliveryId: w.deliveryId, response: "Answered by someone else." }),
    },
  },
  {
    name: "save a template for the owner's target",
    tries: "saveTemplateAction: the attacker's campaign, the owner's template id and (unattached) target",
    call: {
      action: "app/[locale]/organise/campaigns/[id]/templates/actions.ts#saveTemplateAction",
      form: (w) => ({ campaignId: w.attackerCampaignId, templateId: w.templateId, kind: "letter", language: "en", targetId: w.targetId, subject: "", body: "Rewritten {target.name}," }),
    },
  },
  {
    name: "save over the owner's template",
    tries: "saveTemplateAction: the attacker's campaign, the owner's template id, the owner's slot",
    call: {
      action: "app/[locale]/organise/campaigns/[id]/templates/actions.ts#saveTemplateAction",
      form: (w) => ({ campaignId: w.attackerCampaignId, templateId: w.templateId, kind: "letter", language: "en", targetId: "", subject: "", body: "Rewritten by the attacker." }),
    },
  },
  {
    name: "delete the owner's template",
    tries: "deleteTemplateAction: the attacker's campaign, the owner's template id",
    call: {
      action: "app/[locale]/organise/campaigns/[id]/templates/actions.ts#deleteTemplateAction",
      form: (w) => ({ campaignId: w.attackerCampaignId, templateId: w.templateId }),
    },
  },
  {
    name: "delete the owner's template from a list",
    tries: "deleteTemplateFromList: the attacker's campaign, the owner's template id",
    call: {
      action: "app/[locale]/organise/campaigns/[id]/templates/actions.ts#deleteTemplateFromList",
      plain: true,
      form: (w) => ({ campaignId: w.attackerCampaignId, templateId: w.templateId }),
    },
  },
  {
    name: "revoke another campaign's invitation",
    tries: "revokeInvitationAction: the attacker's campaign, an invitation id of the owner's campaign",
    call: {
      action: "app/[locale]/organise/campaigns/[id]/team/actions.ts#revokeInvitationAction",
      form: (w) => ({ campaignId: w.attackerCampaignId, invitationId: w.foreignInvitationId }),
    },
  },
  {
    name: "accept an invitation addressed to someone else",
    tries: "acceptInvitationAction with the token of an invitation to the owner's campaign for another address",
    call: {
      action: "app/[locale]/organise/campaigns/[id]/team/actions.ts#acceptInvitationAction",
      form: (w) => ({ token: w.foreignInvitationToken }),
    },
  },
  {
    name: "invite themselves into the owner's campaign",
    tries: "inviteAction: the owner's campaign, the attacker's own address",
    call: {
      action: "app/[locale]/organise/campaigns/[id]/team/actions.ts#inviteAction",
      form: (w) => ({ campaignId: w.campaignId, email: w.attacker.email }),
    },
  },
  {
    name: "remove the owner's co-organiser",
    tries: "removeOrganiserAction: the attacker's campaign, the owner's co-organiser",
    call: {
      action: "app/[locale]/organise/campaigns/[id]/team/actions.ts#removeOrganiserAction",
      form: (w) => ({ campaignId: w.attackerCampaignId, userId: w.coOrganiserId }),
    },
  },
  {
    name: "detach the owner's campaign target",
    tries: "detachTargetAction: the attacker's campaign, a campaign-target id of the owner's campaign",
    call: {
      action: "app/[locale]/organise/campaigns/actions.ts#detachTargetAction",
      form: (w) => ({ campaignId: w.attackerCampaignId, campaignTargetId: w.campaignTargetId }),
    },
  },
  {
    name: "move the owner's timeline event",
    tries: "saveEventAction: the attacker's defender, the owner's event id",
    call: {
      action: "app/[locale]/organise/defenders/actions.ts#saveEventAction",
      form: (w) => ({ defenderId: w.attackerDefenderId, eventId: w.defenderEventId, occurredOn: "2024-05-06", kind: "release", text: "Moved by the attacker." }),
    },
  },
  {
    name: "delete the owner's timeline event",
    tries: "deleteEventAction: the attacker's defender, the owner's event id",
    call: {
      action: "app/[locale]/organise/defenders/actions.ts#deleteEventAction",
      form: (w) => ({ defenderId: w.attackerDefenderId, eventId: w.defenderEventId }),
    },
  },
  {
    name: "import a row copying the owner's target",
    tries: "previewImport + confirmImport of a CSV row with the owner's target's name and other contact details (creating targets stays allowed)",
    legitimate: true,
    importCsv: (w) =>
      `kind,name,represented_state,host_country,email,phone,x_handle\nembassy,"Authz Embassy ${w.campaignSlug}",CN,GB,attacker-import@example.org,+44 20 7946 0999,AttackerImport\n`,
  },
];

/**
 * A follow-up on the owner's objects. `prepare` puts the world in the state
 * the step needs, as the owner would (e.g. the defender goes quiet before
 * someone tries to lift it); `read` is a GET whose page must not contain the
 * marker.
 */
export interface FollowUp {
  name: string;
  call?: Call;
  read?: { path: (w: RelationWorld) => string; secret: (w: RelationWorld) => string };
  prepare?: (w: RelationWorld) => Promise<void>;
}

const teamOnly = (allowed: readonly string[]) => allowed.includes("ownerOrganiser") && !allowed.includes("otherOrganiser");

/** Every matrix-table action that only the owner's team (and admins) may call: its table form points at the owner's objects. */
export function generatedFollowUps(): FollowUp[] {
  return Object.entries(actionTable)
    .filter(([, entry]) => teamOnly(entry.allowed))
    .map(([key, entry]) => ({
      name: key.replace(/^app\//, ""),
      call: { action: key, plain: entry.plain, form: (w: RelationWorld) => entry.form(w) },
    }));
}

/** What the table does not build. Lifting "go quiet" comes last: it needs the defender quiet first. */
export const extraFollowUps: FollowUp[] = [
  // First, while the consent record still holds the owner's note.
  {
    name: "read the consent record (defender editor page)",
    read: { path: (w) => `/organise/defenders/${w.defenderId}`, secret: (w) => w.consentMarker },
  },
  {
    name: "add a timeline event to the owner's defender",
    call: {
      action: "app/[locale]/organise/defenders/actions.ts#saveEventAction",
      form: (w) => ({ defenderId: w.defenderId, eventId: "", occurredOn: "2024-06-07", kind: "release", text: "Added by the attacker." }),
    },
  },
  {
    name: "add themselves to the defender's organisers",
    call: {
      action: "app/[locale]/organise/defenders/actions.ts#addDefenderOrganiserAction",
      form: (w) => ({ defenderId: w.defenderId, email: w.attacker.email }),
    },
  },
  {
    name: "withdraw the owner's consent record",
    call: {
      action: "app/[locale]/organise/defenders/actions.ts#recordConsentAction",
      form: (w) => ({ defenderId: w.defenderId, consentStatus: "withdrawn", consentNote: "Withdrawn by the attacker." }),
    },
  },
  {
    name: "set defender status via an update on the attacker's campaign",
    call: {
      action: "app/[locale]/organise/campaigns/[id]/updates/actions.ts#postUpdateAction",
      form: (w) => ({ campaignId: w.attackerCampaignId, kind: "update", title: "They are free", body: "", occurredOn: today(), setsDefenderStatus: "released" }),
    },
  },
  {
    name: "set defender status via an update on the owner's campaign",
    call: {
      action: "app/[locale]/organise/campaigns/[id]/updates/actions.ts#postUpdateAction",
      form: (w) => ({ campaignId: w.campaignId, kind: "update", title: "They are free", body: "", occurredOn: today(), setsDefenderStatus: "released" }),
    },
  },
  {
    name: "change the shared target's contact details",
    call: {
      action: "app/[locale]/organise/targets/actions.ts#saveTarget",
      form: (w) => targetContactForm(w),
    },
  },
  {
    name: "lift go quiet on the owner's defender",
    prepare: async (w) => {
      await e2eSql()`update defenders set paused = true where id = ${w.defenderId}`;
    },
    call: {
      action: "app/[locale]/organise/defenders/actions.ts#setQuietAction",
      form: (w) => ({ defenderId: w.defenderId, quiet: "off" }),
    },
  },
];

/** The owner's target's form with every contact detail replaced by the attacker's. */
export function targetContactForm(w: RelationWorld): Record<string, FormValue> {
  return {
    id: w.targetId,
    kind: "embassy",
    name: `Authz Embassy ${w.campaignSlug}`,
    representedState: "CN",
    hostCountry: "GB",
    addressLines: "99 Attacker Street",
    city: "Elsewhere",
    postcode: "E1 6AN",
    phone: "+44 20 7946 0666",
    email: "attacker@example.net",
    xHandle: "AttackerDesk",
    blueskyHandle: "attacker.example.net",
    website: "https://attacker.example.net/",
    language: "en",
    isExample: "false",
  };
}

/** The order they run in: reads first (a successful write could erase what they look for), lifting go quiet last. */
export function followUps(): FollowUp[] {
  return [...extraFollowUps.filter((step) => step.read), ...generatedFollowUps(), ...extraFollowUps.filter((step) => !step.read)];
}

/** Everything of the owner's that the attacker must not change, as comparable JSON (timestamps of untouched rows included). */
export type Snapshot = Record<string, unknown>;

export async function ownerSnapshot(w: RelationWorld): Promise<Snapshot> {
  // Rows as JSON without updated_at: the comparison is about what the public and the team see.
  const row = (table: string, param: string) => `(select to_jsonb(x) - 'updated_at' from ${table} x where id = ${param})`;
  const rows = (table: string, column: string, param: string) =>
    `(select coalesce(jsonb_agg(to_jsonb(x) - 'updated_at' order by to_jsonb(x)::text), '[]'::jsonb) from ${table} x where ${column} = ${param})`;
  const parts: [string, string][] = [
    ["defender profile, consent, photo, status, quiet flag", row("defenders", "$1::uuid")],
    ["defender timeline events", rows("defender_events", "defender_id", "$1::uuid")],
    ["defender organisers", rows("defender_organisers", "defender_id", "$1::uuid")],
    ["campaigns naming the defender", rows("campaign_defenders", "defender_id", "$1::uuid")],
    ["owner's campaign", row("campaigns", "$2::uuid")],
    ["owner's campaign defenders", rows("campaign_defenders", "campaign_id", "$2::uuid")],
    ["owner's campaign targets", rows("campaign_targets", "campaign_id", "$2::uuid")],
    ["owner's campaign organisers", rows("campaign_organisers", "campaign_id", "$2::uuid")],
    ["owner's campaign invitations", rows("campaign_invitations", "campaign_id", "$2::uuid")],
    ["owner's campaign templates", rows("templates", "campaign_id", "$2::uuid")],
    ["owner's campaign deliveries", rows("deliveries", "campaign_id", "$2::uuid")],
    ["owner's campaign updates", rows("campaign_updates", "campaign_id", "$2::uuid")],
    ["owner's campaign in other languages", rows("campaign_translations", "campaign_id", "$2::uuid")],
    [
      "owner's updates in other languages",
      `(select coalesce(jsonb_agg(to_jsonb(x) - 'updated_at' order by to_jsonb(x)::text), '[]'::jsonb) from campaign_update_translations x
        join campaign_updates u on u.id = x.update_id where u.campaign_id = $2::uuid)`,
    ],
    ["defender profile in other languages", rows("defender_translations", "defender_id", "$1::uuid")],
    ["target (live contact details)", row("targets", "$3::uuid")],
  ];
  const query = `select ${parts.map(([, expression], i) => `${expression} as p${i}`).join(", ")}`;
  const [result] = await e2eSql().unsafe<Record<string, unknown>[]>(query, [w.defenderId, w.campaignId, w.targetId]);
  return Object.fromEntries(parts.map(([name], i) => [name, result![`p${i}`] ?? null]));
}

/** The parts of the snapshot that differ, each with a short before/after. */
export function changes(before: Snapshot, after: Snapshot): string[] {
  const cut = (value: unknown) => {
    const text = JSON.stringify(value);
    return text.length > 400 ? `${text.slice(0, 400)}...` : text;
  };
  return Object.keys(before)
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => `${key} changed:\n      before ${cut(before[key])}\n      after  ${cut(after[key])}`);
}

/**
 * Rules about the attacker's own objects that a link must not break: they
 * organise no campaign naming the owner's defender (that was the takeover),
 * and every delivery and target-specific template of their campaigns is for
 * a target the campaign addresses.
 */
export async function brokenRules(w: RelationWorld): Promise<string[]> {
  const sql = e2eSql();
  const broken: string[] = [];
  const naming = await sql<{ campaign_id: string }[]>`
    select cd.campaign_id from campaign_defenders cd
    join campaign_organisers co on co.campaign_id = cd.campaign_id
    where cd.defender_id = ${w.defenderId} and co.user_id = ${w.attacker.id}`;
  if (naming.length) broken.push(`the attacker organises campaign(s) naming the owner's defender: ${naming.map((r) => r.campaign_id).join(", ")}`);
  const addressed = (alias: string) => `exists (
      select 1 from campaign_targets ct join targets t on t.id = ${alias}.target_id
      where ct.campaign_id = ${alias}.campaign_id
        and (ct.target_id = t.id or (ct.rule = 'embassy' and t.kind = 'embassy' and t.represented_state = ct.responsible_state)))`;
  const deliveries = await sql.unsafe<{ id: string }[]>(
    `select d.id from deliveries d join campaign_organisers co on co.campaign_id = d.campaign_id
     where co.user_id = $1 and d.target_id is not null and not ${addressed("d")}`,
    [w.attacker.id],
  );
  if (deliveries.length) broken.push(`deliveries of the attacker's campaigns to targets those campaigns do not address: ${deliveries.map((r) => r.id).join(", ")}`);
  const templates = await sql.unsafe<{ id: string }[]>(
    `select tp.id from templates tp join campaign_organisers co on co.campaign_id = tp.campaign_id
     where co.user_id = $1 and tp.target_id is not null and not ${addressed("tp")}`,
    [w.attacker.id],
  );
  if (templates.length) broken.push(`templates of the attacker's campaigns for targets those campaigns do not address: ${templates.map((r) => r.id).join(", ")}`);
  return broken;
}
