import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { defenderAccess } from "@/db/queries/access";
import { recordAudit } from "@/db/queries/audit";
import { applyConsentChange } from "@/db/queries/consent-gate";
import { screenDefender } from "@/db/queries/prescreen";
import { campaignDefenders, campaigns, defenderEvents, defenderOrganisers, defenders, users } from "@/db/schema";
import type { consentStatuses, defenderEventKinds, defenderStatuses } from "@/db/schema/enums";
import { correlated } from "@/db/queries/correlated";
import { isUuid } from "@/lib/ids";
import { assertCan, type Viewer } from "@/lib/permissions";
import { refuse } from "@/lib/refusal";
import type { OrganiserActor } from "./organise-campaigns";

export type DefenderStatus = (typeof defenderStatuses)[number];
export type ConsentStatus = (typeof consentStatuses)[number];
export type DefenderEventKind = (typeof defenderEventKinds)[number];

export interface DefenderFields {
  name: string;
  nameNative: string | null;
  slug: string;
  country: string;
  profession: string | null;
  status: DefenderStatus;
  summary: string;
  storyMarkdown: string;
  photoAlt: string | null;
}

/** Profiles the viewer may edit (those they look after, or all for admins). */
export async function listDefendersForOrganiser(viewer: Viewer) {
  const db = await getDb();
  return db
    .select({
      id: defenders.id,
      slug: defenders.slug,
      name: defenders.name,
      country: defenders.country,
      status: defenders.status,
      consentStatus: defenders.consentStatus,
      paused: defenders.paused,
    })
    .from(defenders)
    .where(defenderAccess(viewer, "edit"))
    .orderBy(asc(defenders.name));
}

export type CreateDefenderResult = { ok: true; id: string } | { ok: false; reason: "slugTaken" };

export async function createDefender(viewer: OrganiserActor, fields: DefenderFields): Promise<CreateDefenderResult> {
  assertCan(viewer, "defender:create:any");
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (await slugTaken(tx, fields.slug)) return { ok: false, reason: "slugTaken" } as const;
    const [created] = await tx.insert(defenders).values({ ...fields, createdBy: viewer.id }).returning({ id: defenders.id });
    await tx.insert(defenderOrganisers).values({ defenderId: created!.id, userId: viewer.id, addedBy: viewer.id });
    await screenDefender(tx, created!.id);
    await recordAudit(tx, { actor: viewer, action: "defender.create", entityType: "defender", entityId: created!.id, after: fields });
    return { ok: true, id: created!.id } as const;
  });
}

/** Everything the defender editor shows; Refused(notFound) when the viewer may not edit the profile (404). */
export async function getDefenderForEdit(viewer: Viewer, id: string) {
  if (!isUuid(id)) refuse("notFound");
  const db = await getDb();
  const [row] = await db
    .select({
      id: defenders.id,
      slug: defenders.slug,
      name: defenders.name,
      nameNative: defenders.nameNative,
      country: defenders.country,
      profession: defenders.profession,
      status: defenders.status,
      summary: defenders.summary,
      storyMarkdown: defenders.storyMarkdown,
      photoPath: defenders.photoPath,
      photoAlt: defenders.photoAlt,
      consentStatus: defenders.consentStatus,
      consentNote: defenders.consentNote,
      consentGivenBy: defenders.consentGivenBy,
      consentMethod: defenders.consentMethod,
      consentGivenOn: defenders.consentGivenOn,
      consentRecordedAt: defenders.consentRecordedAt,
      consentRecordedBy: correlated<string | null>(sql`(select coalesce(u.name, u.email) from users u where u.id = ${defenders.consentRecordedBy})`),
      paused: defenders.paused,
      /** The latest moderation verdict and its reason, so the organiser sees why a profile was hidden. */
      moderation: sql<{ verdict: "approve" | "reject" | "spam"; reason: string | null } | null>`(
        select json_build_object('verdict', md.verdict, 'reason', mr.label)
        from moderation_decisions md left join moderation_reasons mr on mr.id = md.reason_id
        where md.subject_type = 'defender' and md.subject_id = defenders.id::text
        order by md.decided_at desc limit 1)`,
      campaignCount: correlated<number>(sql`(select count(*) from ${campaignDefenders} where ${campaignDefenders.defenderId} = ${defenders.id})`).mapWith(Number),
    })
    .from(defenders)
    .where(and(eq(defenders.id, id), defenderAccess(viewer, "edit")))
    .limit(1);
  return row ?? refuse("notFound");
}

/** The profile, locked, or Refused("notFound") when it is not one the viewer may edit. */
async function lockDefender(tx: Transaction, viewer: Viewer, id: string) {
  if (!isUuid(id)) refuse("notFound");
  const [row] = await tx
    .select()
    .from(defenders)
    .where(and(eq(defenders.id, id), defenderAccess(viewer, "edit")))
    .for("update");
  return row ?? refuse("notFound");
}

/** What to revalidate after a change: the profile's old and new slugs and whether the public could see it. */
export interface DefenderChange {
  ok: true;
  slugs: string[];
}

export type UpdateDefenderResult = DefenderChange | { ok: false; reason: "slugTaken" };

export async function updateDefender(viewer: OrganiserActor, id: string, fields: DefenderFields): Promise<UpdateDefenderResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await lockDefender(tx, viewer, id);
    if (fields.slug !== before.slug && (await slugTaken(tx, fields.slug))) return { ok: false, reason: "slugTaken" } as const;
    await tx.update(defenders).set({ ...fields, updatedAt: new Date() }).where(eq(defenders.id, id));
    await screenDefender(tx, id);
    await recordAudit(tx, {
      actor: viewer,
      action: "defender.edit",
      entityType: "defender",
      entityId: id,
      before: pick(before, Object.keys(fields) as (keyof DefenderFields)[]),
      after: fields,
    });
    return { ok: true, slugs: [...new Set([before.slug, fields.slug])] } as const;
  });
}

export interface ConsentInput {
  status: ConsentStatus;
  givenBy: string | null;
  method: string | null;
  givenOn: string | null;
  note: string | null;
}

/**
 * Records (or withdraws) consent, with who recorded it and when; the previous
 * record stays in the audit log. Withdrawal (or consent falling back from
 * given) pauses the defender's published campaigns and cancels their consent
 * overrides in the same transaction (consent-gate.ts, ADR 0015);
 * `campaignSlugs` are the campaign pages to refresh.
 */
export async function recordConsent(
  viewer: OrganiserActor,
  id: string,
  consent: ConsentInput,
): Promise<DefenderChange & { campaignSlugs: string[] }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await lockDefender(tx, viewer, id);
    const after = {
      consentStatus: consent.status,
      consentGivenBy: consent.givenBy,
      consentMethod: consent.method,
      consentGivenOn: consent.givenOn,
      consentNote: consent.note,
    };
    await tx
      .update(defenders)
      .set({ ...after, consentRecordedBy: viewer.id, consentRecordedAt: new Date(), updatedAt: new Date() })
      .where(eq(defenders.id, id));
    await recordAudit(tx, {
      actor: viewer,
      action: consent.status === "withdrawn" ? "defender.consent.withdraw" : "defender.consent",
      entityType: "defender",
      entityId: id,
      before: pick(before, Object.keys(after) as (keyof typeof after)[]),
      after,
    });
    const campaignSlugs = await applyConsentChange(tx, viewer, id, before.consentStatus, consent.status);
    return { ok: true, slugs: [before.slug], campaignSlugs } as const;
  });
}

/**
 * "Go quiet": hides the profile and every campaign about the defender from
 * all public pages (visibility.ts) and holds back mail about them (the mail
 * sender checks the same flag). Returns the slugs whose pages must refresh.
 */
export async function setDefenderQuiet(
  viewer: OrganiserActor,
  id: string,
  quiet: boolean,
): Promise<DefenderChange & { campaignSlugs: string[] }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await lockDefender(tx, viewer, id);
    await tx.update(defenders).set({ paused: quiet, updatedAt: new Date() }).where(eq(defenders.id, id));
    const about = await tx
      .select({ slug: campaigns.slug })
      .from(campaignDefenders)
      .innerJoin(campaigns, eq(campaigns.id, campaignDefenders.campaignId))
      .where(eq(campaignDefenders.defenderId, id));
    await recordAudit(tx, {
      actor: viewer,
      action: quiet ? "defender.quiet" : "defender.unquiet",
      entityType: "defender",
      entityId: id,
      before: { paused: before.paused },
      after: { paused: quiet },
    });
    return { ok: true, slugs: [before.slug], campaignSlugs: about.map((c) => c.slug) } as const;
  });
}

/** Stores a new photo path (and alt text); returns the previous path so the caller can delete the old file after commit. */
export async function setDefenderPhoto(
  viewer: OrganiserActor,
  id: string,
  photo: { path: string | null; alt: string | null },
): Promise<DefenderChange & { previousPath: string | null }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await lockDefender(tx, viewer, id);
    await tx.update(defenders).set({ photoPath: photo.path, photoAlt: photo.alt, updatedAt: new Date() }).where(eq(defenders.id, id));
    await recordAudit(tx, {
      actor: viewer,
      action: photo.path ? "defender.photo" : "defender.photo.remove",
      entityType: "defender",
      entityId: id,
      before: { photoPath: before.photoPath, photoAlt: before.photoAlt },
      after: { photoPath: photo.path, photoAlt: photo.alt },
    });
    return { ok: true, slugs: [before.slug], previousPath: before.photoPath } as const;
  });
}

export async function listDefenderEvents(viewer: Viewer, defenderId: string) {
  if (!isUuid(defenderId)) return [];
  const db = await getDb();
  return db
    .select({
      id: defenderEvents.id,
      occurredOn: defenderEvents.occurredOn,
      kind: defenderEvents.kind,
      text: defenderEvents.text,
      sourceUrl: defenderEvents.sourceUrl,
    })
    .from(defenderEvents)
    .innerJoin(defenders, eq(defenders.id, defenderEvents.defenderId))
    .where(and(eq(defenderEvents.defenderId, defenderId), defenderAccess(viewer, "edit")))
    .orderBy(desc(defenderEvents.occurredOn), desc(defenderEvents.createdAt));
}

export interface DefenderEventInput {
  occurredOn: string;
  kind: DefenderEventKind;
  text: string;
  sourceUrl: string | null;
}

export async function addDefenderEvent(viewer: OrganiserActor, defenderId: string, event: DefenderEventInput): Promise<DefenderChange> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const defender = await lockDefender(tx, viewer, defenderId);
    const [created] = await tx.insert(defenderEvents).values({ defenderId, ...event }).returning({ id: defenderEvents.id });
    await recordAudit(tx, { actor: viewer, action: "defender.event.add", entityType: "defender", entityId: defenderId, after: { id: created!.id, ...event } });
    return { ok: true, slugs: [defender.slug] } as const;
  });
}

export async function updateDefenderEvent(
  viewer: OrganiserActor,
  defenderId: string,
  eventId: string,
  event: DefenderEventInput,
): Promise<DefenderChange> {
  if (!isUuid(eventId)) refuse("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const defender = await lockDefender(tx, viewer, defenderId);
    const [before] = await tx
      .select({ occurredOn: defenderEvents.occurredOn, kind: defenderEvents.kind, text: defenderEvents.text, sourceUrl: defenderEvents.sourceUrl })
      .from(defenderEvents)
      .where(and(eq(defenderEvents.id, eventId), eq(defenderEvents.defenderId, defenderId)));
    if (!before) refuse("notFound");
    await tx.update(defenderEvents).set(event).where(eq(defenderEvents.id, eventId));
    await recordAudit(tx, { actor: viewer, action: "defender.event.edit", entityType: "defender", entityId: defenderId, before: { id: eventId, ...before }, after: { id: eventId, ...event } });
    return { ok: true, slugs: [defender.slug] } as const;
  });
}

export async function deleteDefenderEvent(viewer: OrganiserActor, defenderId: string, eventId: string): Promise<DefenderChange> {
  if (!isUuid(eventId)) refuse("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const defender = await lockDefender(tx, viewer, defenderId);
    const removed = await tx
      .delete(defenderEvents)
      .where(and(eq(defenderEvents.id, eventId), eq(defenderEvents.defenderId, defenderId)))
      .returning({ occurredOn: defenderEvents.occurredOn, kind: defenderEvents.kind, text: defenderEvents.text });
    if (!removed.length) refuse("notFound");
    await recordAudit(tx, { actor: viewer, action: "defender.event.delete", entityType: "defender", entityId: defenderId, before: { id: eventId, ...removed[0] } });
    return { ok: true, slugs: [defender.slug] } as const;
  });
}

async function slugTaken(tx: Transaction, slug: string): Promise<boolean> {
  const [row] = await tx.select({ id: defenders.id }).from(defenders).where(eq(defenders.slug, slug)).limit(1);
  return Boolean(row);
}

function pick<T extends object, K extends keyof T>(row: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, row[key]])) as Pick<T, K>;
}

/**
 * Whether a stored photo may be served to `viewer`: to anyone while its
 * defender is public, only to those who may edit the profile once they go quiet.
 */
export async function photoVisibleTo(viewer: Viewer | null, photoPath: string): Promise<boolean> {
  const db = await getDb();
  const access = viewer ? defenderAccess(viewer, "edit") : sql`false`;
  const [row] = await db
    .select({ id: defenders.id })
    .from(defenders)
    .where(and(eq(defenders.photoPath, photoPath), sql`(${defenders.paused} = false or ${access})`))
    .limit(1);
  return Boolean(row);
}

/** The organisers who look after a defender, for its team section; [] when the viewer may not edit it. */
export async function listDefenderOrganisers(viewer: Viewer, defenderId: string) {
  if (!isUuid(defenderId)) return [];
  const db = await getDb();
  return db
    .select({ userId: users.id, name: users.name, email: users.email, addedAt: defenderOrganisers.addedAt })
    .from(defenderOrganisers)
    .innerJoin(users, eq(users.id, defenderOrganisers.userId))
    .innerJoin(defenders, eq(defenders.id, defenderOrganisers.defenderId))
    .where(and(eq(defenderOrganisers.defenderId, defenderId), defenderAccess(viewer, "edit")))
    .orderBy(asc(defenderOrganisers.addedAt));
}

export type DefenderTeamResult =
  | (DefenderChange & { userId: string })
  | { ok: false; reason: "noSuchOrganiser" | "alreadyMember" | "lastOrganiser" | "notMember" };

/**
 * Adds an organiser (an account with the organiser or admin role, found by
 * email) to the people who look after the defender. Only the defender's own
 * organisers or an admin may; audited.
 */
export async function addDefenderOrganiser(viewer: OrganiserActor, defenderId: string, email: string): Promise<DefenderTeamResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const defender = await lockDefender(tx, viewer, defenderId);
    const [person] = await tx
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
      .limit(1);
    if (!person || person.role === "supporter") return { ok: false, reason: "noSuchOrganiser" } as const;
    const added = await tx
      .insert(defenderOrganisers)
      .values({ defenderId, userId: person.id, addedBy: viewer.id })
      .onConflictDoNothing()
      .returning({ userId: defenderOrganisers.userId });
    if (!added.length) return { ok: false, reason: "alreadyMember" } as const;
    await recordAudit(tx, { actor: viewer, action: "defender.organiser.add", entityType: "defender", entityId: defenderId, after: { userId: person.id } });
    return { ok: true, slugs: [defender.slug], userId: person.id } as const;
  });
}

/** Removes someone from the defender's organisers; the last one cannot be removed (the profile would be orphaned). */
export async function removeDefenderOrganiser(viewer: OrganiserActor, defenderId: string, userId: string): Promise<DefenderTeamResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const defender = await lockDefender(tx, viewer, defenderId);
    const team = await tx.select({ userId: defenderOrganisers.userId }).from(defenderOrganisers).where(eq(defenderOrganisers.defenderId, defenderId));
    if (!team.some((member) => member.userId === userId)) return { ok: false, reason: "notMember" } as const;
    if (team.length === 1) return { ok: false, reason: "lastOrganiser" } as const;
    await tx.delete(defenderOrganisers).where(and(eq(defenderOrganisers.defenderId, defenderId), eq(defenderOrganisers.userId, userId)));
    await recordAudit(tx, { actor: viewer, action: "defender.organiser.remove", entityType: "defender", entityId: defenderId, before: { userId } });
    return { ok: true, slugs: [defender.slug], userId } as const;
  });
}

/**
 * Of `ids`, those the viewer may name on a campaign: defenders they may edit
 * that have not gone quiet. Unknown ids are simply absent.
 */
export async function nameableDefenderIds(tx: Transaction, viewer: Viewer, ids: readonly string[]): Promise<Set<string>> {
  const wanted = [...new Set(ids)].filter(isUuid);
  if (!wanted.length) return new Set();
  const rows = await tx
    .select({ id: defenders.id })
    .from(defenders)
    .where(and(sql`${defenders.id} in ${wanted}`, eq(defenders.paused, false), defenderAccess(viewer, "edit")));
  return new Set(rows.map((row) => row.id));
}

/** Of `ids`, those the viewer may edit (quiet or not): what a campaign update may change. */
export async function editableDefenderIds(tx: Transaction, viewer: Viewer, ids: readonly string[]): Promise<Set<string>> {
  const wanted = [...new Set(ids)].filter(isUuid);
  if (!wanted.length) return new Set();
  const rows = await tx
    .select({ id: defenders.id })
    .from(defenders)
    .where(and(sql`${defenders.id} in ${wanted}`, defenderAccess(viewer, "edit")));
  return new Set(rows.map((row) => row.id));
}
