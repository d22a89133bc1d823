import "server-only";
import { and, asc, count, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { campaignAccess } from "@/db/queries/access";
import { recordAudit } from "@/db/queries/audit";
import { correlated } from "@/db/queries/correlated";
import type { OrganiserActor } from "@/db/queries/organise-campaigns";
import { actions, campaigns, partnerSourceMembers, partnerSources, users, type ActionKind } from "@/db/schema";
import { decrypt, decryptOptional } from "@/lib/crypto";
import { isUuid } from "@/lib/ids";
import { keysetBatches } from "@/lib/keyset-batches";
import { partnerCode } from "@/lib/partner-source";
import { assertCan, type Viewer } from "@/lib/permissions";
import { refuse } from "@/lib/refusal";

/**
 * Partner attribution (issue #14, ADR 0029): sources a campaign's organisers
 * create (name, site, code), the actions that came through them, and the one
 * door through which a partner gets its own supporters: the members of a
 * source download the confirmed rows of that source whose supporter ticked
 * "the partner may contact me", and nothing else. Organisers manage sources
 * with the campaign edit rule (campaignAccess "edit"); being an organiser
 * opens no partner download.
 */

/** A source as the supporter pages show it. */
export interface PartnerSource {
  id: string;
  code: string;
  name: string;
  siteUrl: string | null;
}

/**
 * The campaign's active (not archived) source with this code, or null: unknown, archived or
 * another campaign's code resolve to nothing. `archived: true` finds archived ones too (a
 * page about an action already recorded: past actions keep their source). For anyone.
 */
export async function resolvePartnerSource(
  campaignId: string,
  code: string | null | undefined,
  options: { archived?: boolean } = {},
): Promise<PartnerSource | null> {
  const wanted = partnerCode(code);
  if (!wanted || !isUuid(campaignId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: partnerSources.id, code: partnerSources.code, name: partnerSources.name, siteUrl: partnerSources.siteUrl })
    .from(partnerSources)
    .where(and(eq(partnerSources.campaignId, campaignId), eq(partnerSources.code, wanted), options.archived ? undefined : isNull(partnerSources.archivedAt)))
    .limit(1);
  return row ?? null;
}

export interface PartnerSourceRow extends PartnerSource {
  createdAt: Date;
  archivedAt: Date | null;
  /** Confirmed actions that came through this source. */
  confirmed: number;
  /** Of those, the ones whose supporter agreed to be contacted by the partner. */
  consenting: number;
  members: { userId: string; name: string | null; email: string | null }[];
}

async function editableCampaign(viewer: Viewer, campaignId: string) {
  if (!isUuid(campaignId)) refuse("notFound");
  const db = await getDb();
  const [campaign] = await db
    .select({ id: campaigns.id, slug: campaigns.slug, title: campaigns.title, actionKinds: campaigns.actionKinds })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "edit")))
    .limit(1);
  return campaign ?? refuse("notFound");
}

/** The campaign's sources with their counts and members; Refused(notFound) when the viewer may not edit the campaign. */
export async function listPartnerSources(viewer: Viewer, campaignId: string) {
  assertCan(viewer, "campaign:edit:own");
  const campaign = await editableCampaign(viewer, campaignId);
  const db = await getDb();
  const [sources, counts, members] = await Promise.all([
    db
      .select({
        id: partnerSources.id,
        code: partnerSources.code,
        name: partnerSources.name,
        siteUrl: partnerSources.siteUrl,
        createdAt: partnerSources.createdAt,
        archivedAt: partnerSources.archivedAt,
      })
      .from(partnerSources)
      .where(eq(partnerSources.campaignId, campaign.id))
      .orderBy(sql`${partnerSources.archivedAt} is not null`, asc(partnerSources.createdAt)),
    db
      .select({
        sourceId: actions.partnerSourceId,
        confirmed: count(),
        consenting: sql<number>`count(*) filter (where ${actions.partnerContactConsent})`.mapWith(Number),
      })
      .from(actions)
      .where(and(eq(actions.campaignId, campaign.id), isNotNull(actions.partnerSourceId), eq(actions.status, "confirmed")))
      .groupBy(actions.partnerSourceId),
    db
      .select({ sourceId: partnerSourceMembers.partnerSourceId, userId: users.id, name: users.name, email: users.email })
      .from(partnerSourceMembers)
      .innerJoin(partnerSources, eq(partnerSources.id, partnerSourceMembers.partnerSourceId))
      .innerJoin(users, eq(users.id, partnerSourceMembers.userId))
      .where(eq(partnerSources.campaignId, campaign.id))
      .orderBy(asc(partnerSourceMembers.addedAt)),
  ]);
  const countBySource = new Map(counts.map((row) => [row.sourceId, row]));
  const rows: PartnerSourceRow[] = sources.map((source) => ({
    ...source,
    confirmed: countBySource.get(source.id)?.confirmed ?? 0,
    consenting: countBySource.get(source.id)?.consenting ?? 0,
    members: members.filter((member) => member.sourceId === source.id).map(({ userId, name, email }) => ({ userId, name, email })),
  }));
  return { campaign, sources: rows };
}

export interface NewPartnerSource {
  code: string;
  name: string;
  siteUrl: string | null;
}

export type CreatePartnerSourceResult = { ok: true; id: string } | { ok: false; reason: "codeTaken" | "invalidCode" | "invalidSite" };

/** Creates a source on a campaign the viewer may edit; a code already used on this campaign (archived ones too) is `codeTaken`. Audited. */
export async function createPartnerSource(viewer: OrganiserActor, campaignId: string, fields: NewPartnerSource): Promise<CreatePartnerSourceResult> {
  assertCan(viewer, "campaign:edit:own");
  const code = partnerCode(fields.code);
  if (!code || code !== fields.code) return { ok: false, reason: "invalidCode" };
  if (fields.siteUrl !== null && !/^https?:\/\/[^\s]+$/i.test(fields.siteUrl)) return { ok: false, reason: "invalidSite" };
  if (!isUuid(campaignId)) refuse("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [campaign] = await tx
      .select({ id: campaigns.id })
      .from(campaigns)
      .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "edit")))
      .limit(1);
    if (!campaign) refuse("notFound");
    const [created] = await tx
      .insert(partnerSources)
      .values({ campaignId, code, name: fields.name, siteUrl: fields.siteUrl, createdBy: viewer.id })
      .onConflictDoNothing()
      .returning({ id: partnerSources.id });
    if (!created) return { ok: false, reason: "codeTaken" } as const;
    await recordAudit(tx, {
      actor: viewer,
      action: "campaign.partner.create",
      entityType: "campaign",
      entityId: campaignId,
      after: { partnerSourceId: created.id, code, name: fields.name, siteUrl: fields.siteUrl },
    });
    return { ok: true, id: created.id } as const;
  });
}

/** Archives a source: new actions no longer record it, past ones keep it, its members keep their download. Refused(notFound) when not the viewer's or already archived. Audited. */
export async function archivePartnerSource(viewer: OrganiserActor, campaignId: string, sourceId: string): Promise<void> {
  assertCan(viewer, "campaign:edit:own");
  if (!isUuid(campaignId) || !isUuid(sourceId)) refuse("notFound");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const archived = await tx
      .update(partnerSources)
      .set({ archivedAt: sql`now()` })
      .where(
        and(
          eq(partnerSources.id, sourceId),
          eq(partnerSources.campaignId, campaignId),
          isNull(partnerSources.archivedAt),
          sql`exists (select 1 from ${campaigns} where ${campaigns.id} = ${campaignId} and ${campaignAccess(viewer, "edit")})`,
        ),
      )
      .returning({ code: partnerSources.code });
    if (!archived.length) refuse("notFound");
    await recordAudit(tx, {
      actor: viewer,
      action: "campaign.partner.archive",
      entityType: "campaign",
      entityId: campaignId,
      before: { partnerSourceId: sourceId, code: archived[0]!.code },
    });
  });
}

export type AddPartnerMemberResult = { ok: true } | { ok: false; reason: "noAccount" | "alreadyMember" };

/**
 * Adds the account with this address as a member of a source of a campaign the viewer may
 * edit. An address with no account is `noAccount` (the team invitation tells no more about
 * who has an account than this: only editors of a campaign can ask). Audited.
 */
export async function addPartnerMember(viewer: OrganiserActor, campaignId: string, sourceId: string, email: string): Promise<AddPartnerMemberResult> {
  assertCan(viewer, "campaign:edit:own");
  if (!isUuid(campaignId) || !isUuid(sourceId)) refuse("notFound");
  const address = email.trim().toLowerCase();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [source] = await tx
      .select({ id: partnerSources.id })
      .from(partnerSources)
      .innerJoin(campaigns, eq(campaigns.id, partnerSources.campaignId))
      .where(and(eq(partnerSources.id, sourceId), eq(partnerSources.campaignId, campaignId), campaignAccess(viewer, "edit")))
      .limit(1);
    if (!source) refuse("notFound");
    const [user] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${address}`).limit(1);
    if (!user) return { ok: false, reason: "noAccount" } as const;
    const added = await tx
      .insert(partnerSourceMembers)
      .values({ partnerSourceId: sourceId, userId: user.id, addedBy: viewer.id })
      .onConflictDoNothing()
      .returning({ userId: partnerSourceMembers.userId });
    if (!added.length) return { ok: false, reason: "alreadyMember" } as const;
    await recordAudit(tx, {
      actor: viewer,
      action: "campaign.partner.member.add",
      entityType: "campaign",
      entityId: campaignId,
      after: { partnerSourceId: sourceId, userId: user.id, email: address },
    });
    return { ok: true } as const;
  });
}

/** Removes a member of a source of a campaign the viewer may edit; Refused(notFound) when there is no such member. Audited. */
export async function removePartnerMember(viewer: OrganiserActor, campaignId: string, sourceId: string, userId: string): Promise<void> {
  assertCan(viewer, "campaign:edit:own");
  if (!isUuid(campaignId) || !isUuid(sourceId)) refuse("notFound");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(partnerSourceMembers)
      .where(
        and(
          eq(partnerSourceMembers.partnerSourceId, sourceId),
          eq(partnerSourceMembers.userId, userId),
          sql`exists (select 1 from ${partnerSources} join ${campaigns} on ${campaigns.id} = ${partnerSources.campaignId}
            where ${partnerSources.id} = ${sourceId} and ${partnerSources.campaignId} = ${campaignId} and ${campaignAccess(viewer, "edit")})`,
        ),
      )
      .returning({ userId: partnerSourceMembers.userId });
    if (!removed.length) refuse("notFound");
    await recordAudit(tx, {
      actor: viewer,
      action: "campaign.partner.member.remove",
      entityType: "campaign",
      entityId: campaignId,
      before: { partnerSourceId: sourceId, userId },
    });
  });
}

export interface PartnerSourceCount {
  sourceId: string;
  code: string;
  name: string;
  archived: boolean;
  kind: ActionKind;
  confirmed: number;
}

/** Confirmed actions per source and kind, for the campaign's analytics; Refused(notFound) when the viewer may not read the campaign. */
export async function countActionsBySource(viewer: Viewer, campaignId: string): Promise<PartnerSourceCount[]> {
  assertCan(viewer, "campaign:read:own");
  if (!isUuid(campaignId)) refuse("notFound");
  const db = await getDb();
  const [campaign] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "read")))
    .limit(1);
  if (!campaign) refuse("notFound");
  const rows = await db
    .select({
      sourceId: partnerSources.id,
      code: partnerSources.code,
      name: partnerSources.name,
      archivedAt: partnerSources.archivedAt,
      kind: actions.kind,
      confirmed: count(),
    })
    .from(actions)
    .innerJoin(partnerSources, eq(partnerSources.id, actions.partnerSourceId))
    .where(and(eq(actions.campaignId, campaignId), eq(partnerSources.campaignId, campaignId), eq(actions.status, "confirmed")))
    .groupBy(partnerSources.id, actions.kind)
    .orderBy(asc(partnerSources.name), asc(actions.kind));
  return rows.map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null }));
}

/** The sources the viewer is a member of (the partner's own page). A list: never refuses. */
export async function listMyPartnerSources(viewer: Viewer) {
  const db = await getDb();
  return db
    .select({
      id: partnerSources.id,
      code: partnerSources.code,
      name: partnerSources.name,
      siteUrl: partnerSources.siteUrl,
      archived: sql<boolean>`${partnerSources.archivedAt} is not null`,
      campaignTitle: campaigns.title,
      campaignSlug: campaigns.slug,
      consenting: correlated<number>(sql`(select count(*) from ${actions} where ${actions.partnerSourceId} = ${partnerSources.id}
        and ${actions.status} = 'confirmed' and ${actions.partnerContactConsent})`).mapWith(Number),
    })
    .from(partnerSourceMembers)
    .innerJoin(partnerSources, eq(partnerSources.id, partnerSourceMembers.partnerSourceId))
    .innerJoin(campaigns, eq(campaigns.id, partnerSources.campaignId))
    .where(eq(partnerSourceMembers.userId, viewer.id))
    .orderBy(asc(campaigns.title), asc(partnerSources.name));
}

/** One row of a partner's download: a supporter who agreed to be contacted by this partner. */
export interface PartnerSupporterRow {
  id: number;
  kind: ActionKind;
  confirmedAt: Date | null;
  name: string;
  email: string | null;
  country: string | null;
  locale: string | null;
}

const partnerExportBatch = 500;

/**
 * The partner's download of one source: only a member of the source gets it (being an
 * organiser or an admin is not enough), and it holds only the confirmed actions of that
 * source whose supporter ticked "the partner may contact me". Null when the viewer is not
 * a member (the route answers 404). Rows come in batches, keyed by id.
 */
export async function openPartnerExport(viewer: Viewer, sourceId: string) {
  assertCan(viewer, "partner:export:own");
  if (!isUuid(sourceId)) return null;
  const db = await getDb();
  const [source] = await db
    .select({ id: partnerSources.id, code: partnerSources.code, name: partnerSources.name, campaignSlug: campaigns.slug })
    .from(partnerSourceMembers)
    .innerJoin(partnerSources, eq(partnerSources.id, partnerSourceMembers.partnerSourceId))
    .innerJoin(campaigns, eq(campaigns.id, partnerSources.campaignId))
    .where(and(eq(partnerSourceMembers.partnerSourceId, sourceId), eq(partnerSourceMembers.userId, viewer.id)))
    .limit(1);
  if (!source) return null;
  const where = and(eq(actions.partnerSourceId, source.id), eq(actions.partnerContactConsent, true), eq(actions.status, "confirmed"));
  return {
    source,
    async *batches(): AsyncGenerator<PartnerSupporterRow[]> {
      yield* keysetBatches(
        (after, limit) =>
          db
            .select({
              id: actions.id,
              kind: actions.kind,
              confirmedAt: actions.confirmedAt,
              nameCiphertext: actions.nameCiphertext,
              emailCiphertext: actions.emailCiphertext,
              country: actions.country,
              locale: actions.locale,
            })
            .from(actions)
            .where(and(where, gt(actions.id, after)))
            .orderBy(asc(actions.id))
            .limit(limit),
        (rows) =>
          rows.map(({ nameCiphertext, emailCiphertext, ...row }) => ({
            ...row,
            name: nameCiphertext ? decrypt(nameCiphertext) : "",
            email: decryptOptional(emailCiphertext),
          })),
        { batchSize: partnerExportBatch },
      );
    },
  };
}

/** Records a partner download in the audit log (who, which source; never the rows). */
export async function recordPartnerExport(viewer: OrganiserActor, sourceId: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await recordAudit(tx, { actor: viewer, action: "partner.export", entityType: "partner_source", entityId: sourceId });
  });
}
