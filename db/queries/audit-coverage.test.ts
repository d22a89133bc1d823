/**
 * Audit coverage: every privileged change in the query layer writes exactly
 * ONE audit entry, with the right action and entity, in its own transaction.
 * Each case prepares what it needs (which may write entries of its own), then
 * the change under test runs once and the entries about its entity (by its
 * actor) are counted before and after.
 *
 * Adding a privileged query function? Add a case here.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import type { Role } from "@/lib/permissions";
import { createTestDb, randomSlug, type TestDatabase } from "@/test/db";
import { storedListValue } from "@/lib/abuse/list-entry";
import { addListEntry, removeListEntry } from "./abuse-lists";
import { changeUserRole, suspendUser, unsuspendUser } from "./admin-users";
import { deleteMyData } from "./account";
import { postCampaignUpdate } from "./campaign-updates";
import { recordDelivery, recordExport, setDeliveryResponse } from "./delivery";
import { saveEmbedOrigins } from "./embed";
import { addPartnerMember, archivePartnerSource, createPartnerSource, recordPartnerExport, removePartnerMember } from "./partner-sources";
import { queueInvalidation, requestInvalidationUndo } from "./invalidations";
import { acceptInvitation, inviteCoOrganiser, removeCoOrganiser, revokeInvitation } from "./invitations";
import { setCampaignSwitch } from "./kill-switches";
import { overrideCampaignConsent } from "./consent-gate";
import { createModerationReason, decideModerationItems, renameModerationReason, setModerationReasonActive } from "./moderation-decisions";
import {
  attachCampaignTarget,
  changeCampaignStatus,
  createCampaign,
  detachCampaignTarget,
  updateCampaign,
  type CampaignFields,
} from "./organise-campaigns";
import {
  addDefenderEvent,
  addDefenderOrganiser,
  createDefender,
  deleteDefenderEvent,
  recordConsent,
  removeDefenderOrganiser,
  setDefenderPhoto,
  setDefenderQuiet,
  updateDefender,
  updateDefenderEvent,
  type DefenderFields,
} from "./organise-defenders";
import { requestOrganiserAccess } from "./organiser-requests";
import { markTargetChannel } from "./channel-health";
import { createTarget, decideTargetRevision, importTargets, updateTarget, type TargetWrite } from "./targets-directory";
import { deleteTemplate, saveTemplate } from "./templates";
import {
  deleteCampaignTranslation,
  deleteDefenderTranslation,
  deleteUpdateTranslation,
  saveCampaignTranslation,
  saveDefenderTranslation,
  saveUpdateTranslation,
  setCampaignSourceLocale,
  setDefenderSourceLocale,
} from "./translations";
import { setRoleAsOperator } from "./users";

let t: TestDatabase;

/** Mail text is composed in server/mail/; these cases check audit rows, so a bare message (with the accept link's path) will do. */
const anyMail = (facts: object) => ({ subject: "Subject", text: "token" in facts ? `/organise/invitations/${String(facts.token)}` : "Text" });
const userIds: string[] = [];
const campaignIds: string[] = [];
const defenderIds: string[] = [];
const targetIds: string[] = [];

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  // Campaigns first: their links restrict deleting defenders and targets.
  if (campaignIds.length) await t.sql`delete from campaigns where id = any(${campaignIds}::uuid[])`;
  if (defenderIds.length) await t.sql`delete from defenders where id = any(${defenderIds}::uuid[])`;
  if (targetIds.length) await t.sql`delete from targets where id = any(${targetIds}::uuid[])`;
  if (userIds.length) await t.sql`delete from users where id = any(${userIds})`;
  await closeDb();
  await t?.close();
});

interface Actor {
  id: string;
  role: Role;
  email: string;
  name: string | null;
}

async function user(role: Role): Promise<Actor> {
  const id = randomUUID();
  const email = `audit-${id}@example.org`;
  await t.sql`insert into users (id, email, role) values (${id}, ${email}, ${role})`;
  userIds.push(id);
  return { id, role, email, name: null };
}

function campaignFields(overrides: Partial<CampaignFields> = {}): CampaignFields {
  return {
    title: "Audit coverage",
    slug: randomSlug("audit"),
    summary: "Made by the audit coverage test.",
    ask: "",
    storyMarkdown: "",
    goal: null,
    deadline: null,
    hashtags: [],
    highRisk: false,
    actionKinds: ["letter"],
    defenderIds: [],
    ...overrides,
  };
}

async function campaignOf(owner: Actor, overrides: Partial<CampaignFields> = {}): Promise<string> {
  const result = await createCampaign(owner, campaignFields(overrides));
  if (!result.ok) throw new Error(result.reason);
  campaignIds.push(result.id);
  return result.id;
}

function defenderFields(overrides: Partial<DefenderFields> = {}): DefenderFields {
  return {
    name: "Audit Defender",
    nameNative: null,
    slug: randomSlug("audit-defender"),
    country: "IR",
    profession: null,
    status: "detained",
    summary: "Made by the audit coverage test.",
    storyMarkdown: "",
    photoAlt: null,
    ...overrides,
  };
}

async function defenderOf(owner: Actor): Promise<string> {
  const result = await createDefender(owner, defenderFields());
  if (!result.ok) throw new Error(result.reason);
  defenderIds.push(result.id);
  return result.id;
}

function targetFields(name: string): TargetWrite {
  return {
    kind: "ministry", honorific: null, name, title: null, representedState: "IR", hostCountry: "IR", addressLines: [], city: null,
    postcode: null, phone: null, email: null, xHandle: null, blueskyHandle: null, website: null, language: "en", isExample: true,
  };
}

async function targetOf(owner: Actor): Promise<string> {
  const created = await createTarget(owner, targetFields(`Audit target ${randomBytes(4).toString("hex")}`), []);
  targetIds.push(created.id);
  return created.id;
}

const frenchVersion = { title: "Couverture de l’audit", summary: "Faite par le test de couverture.", ask: "", storyMarkdown: "" };

/** What one case changes: the entity it must write exactly one entry about, and the change itself. */
interface Prepared {
  /** The actor whose entries are counted; null for the operator script (no user id). */
  actorId: string | null;
  entityType: string;
  entityId: string;
  change: () => Promise<unknown>;
}

interface Case {
  action: string;
  prepare: () => Promise<Prepared>;
}

function ok(result: unknown): void {
  if (result === null || result === false || (typeof result === "object" && result !== null && "ok" in result && result.ok === false)) {
    throw new Error(`the change was refused: ${JSON.stringify(result)}`);
  }
}

const cases: Case[] = [
  // Campaigns
  {
    action: "campaign.create",
    prepare: async () => {
      const owner = await user("organiser");
      const fields = campaignFields();
      // The id is only known afterwards, so the entity is found by its slug below.
      return {
        actorId: owner.id,
        entityType: "campaign",
        entityId: "",
        change: async () => {
          const result = await createCampaign(owner, fields);
          ok(result);
          if (result.ok) campaignIds.push(result.id);
          return result;
        },
      };
    },
  },
  {
    action: "campaign.edit",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await campaignOf(owner);
      return { actorId: owner.id, entityType: "campaign", entityId: id, change: async () => ok(await updateCampaign(owner, id, campaignFields({ goal: 500 }))) };
    },
  },
  {
    action: "campaign.partner.create",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await campaignOf(owner);
      return { actorId: owner.id, entityType: "campaign", entityId: id, change: async () => ok(await createPartnerSource(owner, id, { code: "audit", name: "Audit partner", siteUrl: null })) };
    },
  },
  {
    action: "campaign.partner.archive",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await campaignOf(owner);
      const created = await createPartnerSource(owner, id, { code: "audit", name: "Audit partner", siteUrl: null });
      if (!created.ok) throw new Error(created.reason);
      return { actorId: owner.id, entityType: "campaign", entityId: id, change: async () => archivePartnerSource(owner, id, created.id) };
    },
  },
  {
    action: "campaign.partner.member.add",
    prepare: async () => {
      const [owner, partner] = [await user("organiser"), await user("supporter")];
      const id = await campaignOf(owner);
      const created = await createPartnerSource(owner, id, { code: "audit", name: "Audit partner", siteUrl: null });
      if (!created.ok) throw new Error(created.reason);
      return { actorId: owner.id, entityType: "campaign", entityId: id, change: async () => ok(await addPartnerMember(owner, id, created.id, partner.email)) };
    },
  },
  {
    action: "campaign.partner.member.remove",
    prepare: async () => {
      const [owner, partner] = [await user("organiser"), await user("supporter")];
      const id = await campaignOf(owner);
      const created = await createPartnerSource(owner, id, { code: "audit", name: "Audit partner", siteUrl: null });
      if (!created.ok) throw new Error(created.reason);
      ok(await addPartnerMember(owner, id, created.id, partner.email));
      return { actorId: owner.id, entityType: "campaign", entityId: id, change: async () => removePartnerMember(owner, id, created.id, partner.id) };
    },
  },
  {
    action: "partner.export",
    prepare: async () => {
      const [owner, partner] = [await user("organiser"), await user("supporter")];
      const id = await campaignOf(owner);
      const created = await createPartnerSource(owner, id, { code: "audit", name: "Audit partner", siteUrl: null });
      if (!created.ok) throw new Error(created.reason);
      return { actorId: partner.id, entityType: "partner_source", entityId: created.id, change: async () => recordPartnerExport(partner, created.id) };
    },
  },
  {
    action: "campaign.embed_origins",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await campaignOf(owner);
      return { actorId: owner.id, entityType: "campaign", entityId: id, change: async () => saveEmbedOrigins(owner, id, ["https://partner.example"]) };
    },
  },
  {
    action: "campaign.edit.review",
    prepare: async () => {
      const [owner, admin] = [await user("organiser"), await user("admin")];
      const id = await campaignOf(owner);
      ok(await changeCampaignStatus(owner, id, "in_review"));
      ok(await decideModerationItems(admin, [{ type: "campaign", id }], { verdict: "approve", reasonId: null, note: null }));
      const [current] = await t.sql<{ slug: string }[]>`select slug from campaigns where id = ${id}`;
      return {
        actorId: owner.id,
        entityType: "campaign",
        entityId: id,
        change: async () => ok(await updateCampaign(owner, id, campaignFields({ slug: current!.slug, title: "A different campaign now" }))),
      };
    },
  },
  {
    action: "campaign.status",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await campaignOf(owner);
      return { actorId: owner.id, entityType: "campaign", entityId: id, change: async () => ok(await changeCampaignStatus(owner, id, "in_review")) };
    },
  },
  {
    // Publishing out of review is the moderation decision (ADR 0015): one entry, moderation.decide.
    action: "moderation.decide",
    prepare: async () => {
      const [owner, admin] = [await user("organiser"), await user("admin")];
      const id = await campaignOf(owner);
      ok(await changeCampaignStatus(owner, id, "in_review"));
      return {
        actorId: admin.id,
        entityType: "campaign",
        entityId: id,
        change: async () => ok(await decideModerationItems(admin, [{ type: "campaign", id }], { verdict: "approve", reasonId: null, note: null })),
      };
    },
  },
  {
    action: "campaign.consent.override",
    prepare: async () => {
      const [owner, admin] = [await user("organiser"), await user("admin")];
      const defender = await createDefender(owner, defenderFields());
      if (!defender.ok) throw new Error(defender.reason);
      defenderIds.push(defender.id);
      const id = await campaignOf(owner, { defenderIds: [defender.id] });
      return {
        actorId: admin.id,
        entityType: "campaign",
        entityId: id,
        change: async () => ok(await overrideCampaignConsent(admin, id, "Public case documented by named organisations.")),
      };
    },
  },
  {
    action: "campaign.target.attach",
    prepare: async () => {
      const owner = await user("organiser");
      const [id, targetId] = [await campaignOf(owner), await targetOf(owner)];
      return {
        actorId: owner.id,
        entityType: "campaign",
        entityId: id,
        change: async () => ok(await attachCampaignTarget(owner, id, { rule: "fixed", responsibleState: null, targetId, actionKinds: [] })),
      };
    },
  },
  {
    action: "campaign.target.detach",
    prepare: async () => {
      const owner = await user("organiser");
      const [id, targetId] = [await campaignOf(owner), await targetOf(owner)];
      ok(await attachCampaignTarget(owner, id, { rule: "fixed", responsibleState: null, targetId, actionKinds: [] }));
      const [link] = await t.sql<{ id: string }[]>`select id from campaign_targets where campaign_id = ${id}`;
      return { actorId: owner.id, entityType: "campaign", entityId: id, change: async () => ok(await detachCampaignTarget(owner, id, link!.id)) };
    },
  },
  // Team
  {
    action: "campaign.invite",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await campaignOf(owner);
      return { actorId: owner.id, entityType: "campaign", entityId: id, change: async () => ok(await inviteCoOrganiser(owner, id, `invitee-${randomUUID()}@example.org`, anyMail)) };
    },
  },
  {
    action: "campaign.invite.revoke",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await campaignOf(owner);
      ok(await inviteCoOrganiser(owner, id, `invitee-${randomUUID()}@example.org`, anyMail));
      const [invitation] = await t.sql<{ id: string }[]>`select id from campaign_invitations where campaign_id = ${id}`;
      return { actorId: owner.id, entityType: "campaign", entityId: id, change: async () => ok(await revokeInvitation(owner, id, invitation!.id)) };
    },
  },
  {
    action: "campaign.invite.accept",
    prepare: async () => {
      const [owner, invitee] = [await user("organiser"), await user("organiser")];
      const id = await campaignOf(owner);
      ok(await inviteCoOrganiser(owner, id, invitee.email, anyMail));
      const [mail] = await t.sql<{ text_body: string }[]>`select text_body from mail_outbox where to_address = ${invitee.email} order by created_at desc limit 1`;
      const token = /\/organise\/invitations\/([A-Za-z0-9_-]+)/.exec(mail!.text_body)![1]!;
      return { actorId: invitee.id, entityType: "campaign", entityId: id, change: async () => ok(await acceptInvitation(invitee, token)) };
    },
  },
  {
    action: "campaign.organiser.remove",
    prepare: async () => {
      const [owner, editor] = [await user("organiser"), await user("organiser")];
      const id = await campaignOf(owner);
      await t.sql`insert into campaign_organisers (campaign_id, user_id, role) values (${id}, ${editor.id}, 'editor')`;
      return { actorId: owner.id, entityType: "campaign", entityId: id, change: async () => ok(await removeCoOrganiser(owner, id, editor.id)) };
    },
  },
  // Templates, updates, deliveries, exports
  {
    action: "template.create",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await campaignOf(owner);
      return {
        actorId: owner.id,
        entityType: "template",
        entityId: "",
        change: async () => ok(await saveTemplate(owner, id, { kind: "letter", language: "en", targetId: null, subject: null, body: "Your Excellency," })),
      };
    },
  },
  {
    action: "template.update",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await campaignOf(owner);
      ok(await saveTemplate(owner, id, { kind: "letter", language: "en", targetId: null, subject: null, body: "Your Excellency," }));
      const [template] = await t.sql<{ id: string }[]>`select id from templates where campaign_id = ${id}`;
      return {
        actorId: owner.id,
        entityType: "template",
        entityId: template!.id,
        change: async () => ok(await saveTemplate(owner, id, { kind: "letter", language: "en", targetId: null, subject: null, body: "Dear Minister," })),
      };
    },
  },
  {
    action: "template.delete",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await campaignOf(owner);
      ok(await saveTemplate(owner, id, { kind: "letter", language: "en", targetId: null, subject: null, body: "Your Excellency," }));
      const [template] = await t.sql<{ id: string }[]>`select id from templates where campaign_id = ${id}`;
      return { actorId: owner.id, entityType: "template", entityId: template!.id, change: async () => ok(await deleteTemplate(owner, id, template!.id)) };
    },
  },
  {
    action: "campaign.update.post",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await campaignOf(owner);
      return {
        actorId: owner.id,
        entityType: "campaign",
        entityId: id,
        change: async () =>
          ok(await postCampaignUpdate(owner, id, { kind: "hearing", title: "Hearing set", body: "", occurredOn: "2026-01-05", setsDefenderStatus: null, notifySigners: false }, anyMail)),
      };
    },
  },
  // Versions in other languages (translations.ts)
  {
    action: "campaign.translation.save",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await campaignOf(owner);
      return { actorId: owner.id, entityType: "campaign", entityId: id, change: async () => ok(await saveCampaignTranslation(owner, id, "fr", frenchVersion)) };
    },
  },
  {
    action: "campaign.translation.save.review",
    prepare: async () => {
      const [owner, admin] = [await user("organiser"), await user("admin")];
      const id = await campaignOf(owner);
      ok(await changeCampaignStatus(owner, id, "in_review"));
      ok(await decideModerationItems(admin, [{ type: "campaign", id }], { verdict: "approve", reasonId: null, note: null }));
      return { actorId: owner.id, entityType: "campaign", entityId: id, change: async () => ok(await saveCampaignTranslation(owner, id, "fr", frenchVersion)) };
    },
  },
  {
    action: "campaign.translation.delete",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await campaignOf(owner);
      ok(await saveCampaignTranslation(owner, id, "fr", frenchVersion));
      return { actorId: owner.id, entityType: "campaign", entityId: id, change: async () => ok(await deleteCampaignTranslation(owner, id, "fr")) };
    },
  },
  {
    action: "campaign.source_locale",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await campaignOf(owner);
      return { actorId: owner.id, entityType: "campaign", entityId: id, change: async () => ok(await setCampaignSourceLocale(owner, id, "fr")) };
    },
  },
  ...(["save", "delete"] as const).map(
    (step): Case => ({
      action: `campaign.update.translation.${step}`,
      prepare: async () => {
        const owner = await user("organiser");
        const id = await campaignOf(owner);
        const posted = await postCampaignUpdate(owner, id, { kind: "hearing", title: "Hearing set", body: "", occurredOn: "2026-01-05", setsDefenderStatus: null, notifySigners: false }, anyMail);
        if ("refused" in posted) throw new Error("the update was not posted");
        const version = { title: "Audience fixée", body: "" };
        if (step === "delete") ok(await saveUpdateTranslation(owner, id, posted.id, "fr", version));
        return {
          actorId: owner.id,
          entityType: "campaign",
          entityId: id,
          change: async () => ok(step === "save" ? await saveUpdateTranslation(owner, id, posted.id, "fr", version) : await deleteUpdateTranslation(owner, id, posted.id, "fr")),
        };
      },
    }),
  ),
  ...(["save", "delete"] as const).map(
    (step): Case => ({
      action: `defender.translation.${step}`,
      prepare: async () => {
        const owner = await user("organiser");
        const id = await defenderOf(owner);
        const version = { profession: null, summary: "Fait par le test de couverture.", storyMarkdown: "", photoAlt: null };
        if (step === "delete") ok(await saveDefenderTranslation(owner, id, "fr", version));
        return {
          actorId: owner.id,
          entityType: "defender",
          entityId: id,
          change: async () => ok(step === "save" ? await saveDefenderTranslation(owner, id, "fr", version) : await deleteDefenderTranslation(owner, id, "fr")),
        };
      },
    }),
  ),
  {
    action: "defender.source_locale",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await defenderOf(owner);
      return { actorId: owner.id, entityType: "defender", entityId: id, change: async () => ok(await setDefenderSourceLocale(owner, id, "fr")) };
    },
  },
  {
    action: "delivery.create",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await campaignOf(owner);
      return {
        actorId: owner.id,
        entityType: "delivery",
        entityId: "",
        change: async () => ok(await recordDelivery(owner, id, { targetId: null, deliveredOn: "2026-01-06", method: "post", actionCount: 12, response: null })),
      };
    },
  },
  {
    action: "delivery.response",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await campaignOf(owner);
      const delivery = await recordDelivery(owner, id, { targetId: null, deliveredOn: "2026-01-06", method: "post", actionCount: 12, response: null });
      if (!delivery || "refused" in delivery) throw new Error("the delivery was not recorded");
      return { actorId: owner.id, entityType: "delivery", entityId: delivery.id, change: async () => ok(await setDeliveryResponse(owner, id, delivery.id, "Acknowledged receipt.")) };
    },
  },
  ...(["csv", "letters-pdf", "solidarity-pdf"] as const).map(
    (format): Case => ({
      action: `campaign.export.${format}`,
      prepare: async () => {
        const owner = await user("organiser");
        const id = await campaignOf(owner);
        return { actorId: owner.id, entityType: "campaign", entityId: id, change: () => recordExport(owner, id, { format }) };
      },
    }),
  ),
  // Defenders
  {
    action: "defender.create",
    prepare: async () => {
      const owner = await user("organiser");
      return {
        actorId: owner.id,
        entityType: "defender",
        entityId: "",
        change: async () => {
          const result = await createDefender(owner, defenderFields());
          ok(result);
          if (result.ok) defenderIds.push(result.id);
        },
      };
    },
  },
  {
    action: "defender.edit",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await defenderOf(owner);
      return { actorId: owner.id, entityType: "defender", entityId: id, change: async () => ok(await updateDefender(owner, id, defenderFields({ profession: "Lawyer" }))) };
    },
  },
  {
    action: "defender.consent",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await defenderOf(owner);
      return {
        actorId: owner.id,
        entityType: "defender",
        entityId: id,
        change: async () => ok(await recordConsent(owner, id, { status: "given_by_family", givenBy: "Her brother", method: "Phone call", givenOn: "2026-01-02", note: null })),
      };
    },
  },
  {
    action: "defender.consent.withdraw",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await defenderOf(owner);
      return {
        actorId: owner.id,
        entityType: "defender",
        entityId: id,
        change: async () => ok(await recordConsent(owner, id, { status: "withdrawn", givenBy: null, method: null, givenOn: null, note: "Family asked us to stop." })),
      };
    },
  },
  {
    action: "defender.organiser.add",
    prepare: async () => {
      const owner = await user("organiser");
      const colleague = await user("organiser");
      const id = await defenderOf(owner);
      return { actorId: owner.id, entityType: "defender", entityId: id, change: async () => ok(await addDefenderOrganiser(owner, id, colleague.email)) };
    },
  },
  {
    action: "defender.organiser.remove",
    prepare: async () => {
      const owner = await user("organiser");
      const colleague = await user("organiser");
      const id = await defenderOf(owner);
      ok(await addDefenderOrganiser(owner, id, colleague.email));
      return { actorId: owner.id, entityType: "defender", entityId: id, change: async () => ok(await removeDefenderOrganiser(owner, id, colleague.id)) };
    },
  },
  {
    action: "defender.quiet",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await defenderOf(owner);
      return { actorId: owner.id, entityType: "defender", entityId: id, change: async () => ok(await setDefenderQuiet(owner, id, true)) };
    },
  },
  {
    action: "defender.unquiet",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await defenderOf(owner);
      ok(await setDefenderQuiet(owner, id, true));
      return { actorId: owner.id, entityType: "defender", entityId: id, change: async () => ok(await setDefenderQuiet(owner, id, false)) };
    },
  },
  {
    action: "defender.photo",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await defenderOf(owner);
      return { actorId: owner.id, entityType: "defender", entityId: id, change: async () => ok(await setDefenderPhoto(owner, id, { path: `defenders/${id}.webp`, alt: "Portrait" })) };
    },
  },
  {
    action: "defender.photo.remove",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await defenderOf(owner);
      ok(await setDefenderPhoto(owner, id, { path: `defenders/${id}.webp`, alt: "Portrait" }));
      return { actorId: owner.id, entityType: "defender", entityId: id, change: async () => ok(await setDefenderPhoto(owner, id, { path: null, alt: null })) };
    },
  },
  {
    action: "defender.event.add",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await defenderOf(owner);
      return {
        actorId: owner.id,
        entityType: "defender",
        entityId: id,
        change: async () => ok(await addDefenderEvent(owner, id, { occurredOn: "2025-12-01", kind: "arrest", text: "Arrested at home.", sourceUrl: null })),
      };
    },
  },
  {
    action: "defender.event.edit",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await defenderOf(owner);
      ok(await addDefenderEvent(owner, id, { occurredOn: "2025-12-01", kind: "arrest", text: "Arrested at home.", sourceUrl: null }));
      const [event] = await t.sql<{ id: string }[]>`select id from defender_events where defender_id = ${id}`;
      return {
        actorId: owner.id,
        entityType: "defender",
        entityId: id,
        change: async () => ok(await updateDefenderEvent(owner, id, event!.id, { occurredOn: "2025-12-02", kind: "arrest", text: "Arrested at work.", sourceUrl: null })),
      };
    },
  },
  {
    action: "defender.event.delete",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await defenderOf(owner);
      ok(await addDefenderEvent(owner, id, { occurredOn: "2025-12-01", kind: "arrest", text: "Arrested at home.", sourceUrl: null }));
      const [event] = await t.sql<{ id: string }[]>`select id from defender_events where defender_id = ${id}`;
      return { actorId: owner.id, entityType: "defender", entityId: id, change: async () => ok(await deleteDefenderEvent(owner, id, event!.id)) };
    },
  },
  // Targets
  {
    action: "target.create",
    prepare: async () => {
      const owner = await user("organiser");
      return {
        actorId: owner.id,
        entityType: "target",
        entityId: "",
        change: async () => targetIds.push((await createTarget(owner, targetFields(`Audit target ${randomUUID()}`), [])).id),
      };
    },
  },
  {
    action: "target.update",
    prepare: async () => {
      const owner = await user("organiser");
      const id = await targetOf(owner);
      return { actorId: owner.id, entityType: "target", entityId: id, change: async () => ok(await updateTarget(owner, id, targetFields(`Audit target renamed ${randomUUID()}`), [])) };
    },
  },
  ...([false, true] as const).map(
    (working): Case => ({
      action: working ? "target.channel.working" : "target.channel.failing",
      prepare: async () => {
        const owner = await user("organiser");
        const id = await targetOf(owner);
        const campaignId = await campaignOf(owner);
        await t.sql`insert into campaign_targets (campaign_id, rule, target_id) values (${campaignId}, 'fixed', ${id})`;
        return { actorId: owner.id, entityType: "target", entityId: id, change: async () => markTargetChannel(owner, { targetId: id, channel: "email", working, reason: "Bounced" }) };
      },
    }),
  ),
  {
    action: "target.revision.propose",
    prepare: async () => {
      const owner = await user("organiser");
      const other = await user("organiser");
      const id = await targetOf(owner);
      const campaignId = await campaignOf(owner);
      await t.sql`insert into campaign_targets (campaign_id, rule, target_id) values (${campaignId}, 'fixed', ${id})`;
      return { actorId: other.id, entityType: "target", entityId: id, change: async () => ok(await updateTarget(other, id, targetFields(`Audit target proposed ${randomUUID()}`), [])) };
    },
  },
  ...(["granted", "refused"] as const).map(
    (decision): Case => ({
      action: decision === "granted" ? "target.revision.approve" : "target.revision.refuse",
      prepare: async () => {
        const owner = await user("organiser");
        const admin = await user("admin");
        const id = await targetOf(owner);
        const [revision] = await t.sql<{ id: string }[]>`insert into target_revisions (target_id, changes) values (${id}, ${JSON.stringify({ city: "Geneva" })}::jsonb) returning id`;
        return { actorId: admin.id, entityType: "target", entityId: id, change: async () => ok(await decideTargetRevision(admin, revision!.id, decision, null)) };
      },
    }),
  ),
  {
    action: "target.import",
    prepare: async () => {
      const owner = await user("organiser");
      return {
        actorId: owner.id,
        entityType: "target",
        entityId: "import",
        change: async () => {
          const marker = randomUUID();
          await importTargets(owner, [targetFields(`Audit import ${marker} 1`), targetFields(`Audit import ${marker} 2`)]);
          const rows = await t.sql<{ id: string }[]>`select id from targets where name like ${`Audit import ${marker}%`}`;
          targetIds.push(...rows.map((row) => row.id));
        },
      };
    },
  },
  // People and roles
  {
    action: "organiser_request.create",
    prepare: async () => {
      const supporter = await user("supporter");
      return {
        actorId: supporter.id,
        entityType: "organiser_request",
        entityId: "",
        change: () => requestOrganiserAccess(supporter, { organisationName: "Audit org", reason: "We write letters to defenders every month." }),
      };
    },
  },
  {
    action: "account.delete",
    prepare: async () => {
      const supporter = await user("supporter");
      return { actorId: supporter.id, entityType: "user", entityId: supporter.id, change: () => deleteMyData(supporter) };
    },
  },
  {
    action: "user.role",
    prepare: async () => {
      const target = await user("supporter");
      return { actorId: null, entityType: "user", entityId: target.id, change: () => setRoleAsOperator(target.email, "organiser", "audit-test") };
    },
  },
  {
    action: "user.role",
    prepare: async () => {
      const [admin, target] = [await user("admin"), await user("supporter")];
      return { actorId: admin.id, entityType: "user", entityId: target.id, change: async () => ok(await changeUserRole(admin, target.id, "organiser")) };
    },
  },
  {
    action: "user.suspend",
    prepare: async () => {
      const [admin, target] = [await user("admin"), await user("organiser")];
      return { actorId: admin.id, entityType: "user", entityId: target.id, change: async () => ok(await suspendUser(admin, target.id)) };
    },
  },
  {
    action: "user.unsuspend",
    prepare: async () => {
      const [admin, target] = [await user("admin"), await user("organiser")];
      ok(await suspendUser(admin, target.id));
      return { actorId: admin.id, entityType: "user", entityId: target.id, change: async () => ok(await unsuspendUser(admin, target.id)) };
    },
  },
  // Admin tools. Site-wide settings (kill switches, rate limits, overdue hours)
  // are left to their own tests: changing them here would disturb other files.
  {
    action: "moderation.decide",
    prepare: async () => {
      const [admin, supporter] = [await user("admin"), await user("supporter")];
      const [request] = await t.sql<{ id: string }[]>`
        insert into organiser_requests (user_id, organisation_name, reason) values (${supporter.id}, 'Audit org', 'Decided by the coverage test.') returning id`;
      return {
        actorId: admin.id,
        entityType: "organiser_request",
        entityId: request!.id,
        change: async () => {
          const result = await decideModerationItems(admin, [{ type: "organiser_request", id: request!.id }], { verdict: "approve", reasonId: null, note: null }, {
            organiserDecision: () => ({ subject: "Decided", text: "Your request was decided." }),
          });
          ok(result);
          if (result.ok && result.decided !== 1) throw new Error(`decided ${result.decided} items`);
        },
      };
    },
  },
  {
    action: "moderation.reason.create",
    prepare: async () => {
      const admin = await user("admin");
      return { actorId: admin.id, entityType: "moderation_reason", entityId: "", change: async () => ok(await createModerationReason(admin, `Audit reason ${randomUUID()}`)) };
    },
  },
  ...(["rename", "deactivate"] as const).map(
    (change): Case => ({
      action: `moderation.reason.${change}`,
      prepare: async () => {
        const admin = await user("admin");
        const label = `Audit reason ${randomUUID()}`;
        ok(await createModerationReason(admin, label));
        const [reason] = await t.sql<{ id: string }[]>`select id from moderation_reasons where label = ${label}`;
        return {
          actorId: admin.id,
          entityType: "moderation_reason",
          entityId: reason!.id,
          change: async () =>
            ok(change === "rename" ? await renameModerationReason(admin, reason!.id, `${label} renamed`) : await setModerationReasonActive(admin, reason!.id, false)),
        };
      },
    }),
  ),
  {
    action: "abuse.list.add",
    prepare: async () => {
      const admin = await user("admin");
      const stored = storedListValue("email_domain", `audit-${randomBytes(5).toString("hex")}.example`);
      if (!stored.ok) throw new Error(stored.problem);
      return {
        actorId: admin.id,
        entityType: "list_entry",
        entityId: "",
        change: async () => ok(await addListEntry(admin, { list: "block", kind: "email_domain", stored: stored.stored, reason: "Coverage test", expiresAt: new Date(Date.now() + 60_000) })),
      };
    },
  },
  {
    action: "abuse.list.remove",
    prepare: async () => {
      const admin = await user("admin");
      const stored = storedListValue("email_domain", `audit-${randomBytes(5).toString("hex")}.example`);
      if (!stored.ok) throw new Error(stored.problem);
      const added = await addListEntry(admin, { list: "block", kind: "email_domain", stored: stored.stored, reason: "Coverage test", expiresAt: new Date(Date.now() + 60_000) });
      if (!added.ok) throw new Error(added.problem);
      return { actorId: admin.id, entityType: "list_entry", entityId: added.id, change: async () => ok(await removeListEntry(admin, added.id)) };
    },
  },
  {
    action: "abuse.invalidation.queue",
    prepare: async () => {
      const [admin, owner] = [await user("admin"), await user("organiser")];
      const campaignId = await campaignOf(owner);
      const filter = { ipHash: null, emailDomain: null, campaignId, from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z" };
      return {
        actorId: admin.id,
        entityType: "invalidation",
        entityId: "",
        change: async () => {
          const result = await queueInvalidation(admin, filter, 0);
          ok(result);
          // Out of the job's reach at once, so invalidations.test.ts running in parallel never claims it.
          if (result.ok) await t.sql`update invalidations set status = 'failed', last_error = 'coverage test' where id = ${result.id}`;
        },
      };
    },
  },
  {
    action: "abuse.invalidation.undo",
    prepare: async () => {
      const [admin, owner] = [await user("admin"), await user("organiser")];
      const campaignId = await campaignOf(owner);
      const filter = { ipHash: null, emailDomain: null, campaignId, from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z" };
      const [row] = await t.sql<{ id: string }[]>`
        insert into invalidations (criteria, filter, status, created_by) values ('Coverage test', ${JSON.stringify(filter)}::jsonb, 'done', ${admin.id}) returning id`;
      return { actorId: admin.id, entityType: "invalidation", entityId: row!.id, change: async () => ok(await requestInvalidationUndo(admin, row!.id)) };
    },
  },
  ...(["collection", "mail"] as const).map(
    (which): Case => ({
      action: `campaign.${which}_paused`,
      prepare: async () => {
        const [admin, owner] = [await user("admin"), await user("organiser")];
        const campaignId = await campaignOf(owner);
        return { actorId: admin.id, entityType: "campaign", entityId: campaignId, change: async () => ok(await setCampaignSwitch(admin, campaignId, which, true)) };
      },
    }),
  ),
];

/**
 * Entries about the prepared entity by its actor. Cases whose entity id is
 * only known after the change (creations) leave it empty: then every entry
 * of that type by the actor counts, and the actor is fresh, so that is the same.
 */
function entriesOf(prepared: Prepared): SQL {
  const conditions = [eq(schema.auditLog.entityType, prepared.entityType)];
  if (prepared.entityId) conditions.push(eq(schema.auditLog.entityId, prepared.entityId));
  conditions.push(prepared.actorId ? eq(schema.auditLog.actorId, prepared.actorId) : sql`${schema.auditLog.actorId} is null`);
  return and(...conditions)!;
}

async function countEntries(prepared: Prepared): Promise<number> {
  const [row] = await t.db.select({ count: sql<number>`count(*)::int` }).from(schema.auditLog).where(entriesOf(prepared));
  return row!.count;
}

describe("every privileged change writes exactly one audit entry", () => {
  it.each(cases.map((c, index) => [`${c.action} #${index}`, c] as const))("%s", async (_name, testCase) => {
    const prepared = await testCase.prepare();
    const before = await countEntries(prepared);
    await prepared.change();
    expect(await countEntries(prepared)).toBe(before + 1);
    const [latest] = await t.db
      .select({ action: schema.auditLog.action, actorLabel: schema.auditLog.actorLabel })
      .from(schema.auditLog)
      .where(entriesOf(prepared))
      .orderBy(desc(schema.auditLog.id))
      .limit(1);
    expect(latest!.action).toBe(testCase.action);
    expect(latest!.actorLabel).not.toBe("");
  });
});
