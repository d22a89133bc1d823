import "server-only";
import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/db";
import { actions, campaignDefenders, campaignTargets, campaigns, defenders, deliveries, targets, templates, users } from "@/db/schema";
import type { ActionKind } from "@/db/schema/enums";
import { actionKindTable, kindOfTemplate, tableKinds } from "@/lib/action-kinds";
import { decrypt, decryptOptional } from "@/lib/crypto";
import { isUuid } from "@/lib/ids";
import { keysetBatches } from "@/lib/keyset-batches";
import type { Viewer } from "@/lib/permissions";
import { refuse } from "@/lib/refusal";
import { rowsOf } from "./rows";
import { campaignAccess } from "./access";
import { recordAudit, type AuditActor } from "./audit";

/** Rows read per query while exporting: the export never holds the whole set in memory. */
export const exportBatchSize = 1000;

export interface DeliveryTarget {
  id: string;
  honorific: string | null;
  name: string;
  title: string | null;
  addressLines: string[];
  city: string | null;
  postcode: string | null;
  hostCountry: string | null;
  language: string;
}

export interface DeliveryRecord {
  id: string;
  targetName: string | null;
  deliveredOn: string;
  method: string;
  actionCount: number;
  response: string | null;
  deliveredBy: string | null;
}

/** One kind delivered with the letters, as the delivery tab counts it. */
export interface DeliveredKind {
  kind: ActionKind;
  confirmed: number;
  /** Confirmed ones whose target was deleted or never set. */
  withoutTarget: number;
  /** Whether the kind's own template exists (its text prints on each of its pages). */
  hasTemplate: boolean;
}

export interface DeliveryPage {
  campaign: { id: string; slug: string; title: string };
  /** Every kind delivered with the letters that the campaign collects or has confirmed ones of, in table order. */
  kinds: DeliveredKind[];
  /** Their sum: what the printed bundle holds. */
  confirmedLetters: number;
  confirmedSolidarity: number;
  /** The campaign's targets with the confirmed signatures addressed to each: in all, and per kind. */
  targets: (Pick<DeliveryTarget, "id" | "name"> & { letters: number; byKind: Partial<Record<ActionKind, number>> })[];
  /** Whether some delivered kind has a template, without which nothing can be printed. */
  hasLetterTemplate: boolean;
  deliveries: DeliveryRecord[];
}

/** The kinds delivered with the letters (their row's `delivery` in lib/action-kinds.ts): letters, petitions. */
const letterKinds = tableKinds.filter((kind) => actionKindTable[kind].delivery === "letters");
/** Their texts: the model letter, a petition's text; each kind prints with its own. */
const letterTemplateKinds = letterKinds.flatMap((kind) => actionKindTable[kind].templateKind ?? []);

/** A signature as delivered: confirmed letters (and the kinds delivered with them) only, never self-reported ones. */
const deliverableLetter = (campaignId: string): SQL =>
  and(eq(actions.campaignId, campaignId), inArray(actions.kind, letterKinds), eq(actions.status, "confirmed"), eq(actions.selfReported, false))!;

/** The solidarity messages for the family: confirmed ones (moderation approval arrives with the admin area). */
const deliverableSolidarity = (campaignId: string): SQL =>
  and(eq(actions.campaignId, campaignId), eq(actions.kind, "solidarity"), eq(actions.status, "confirmed"))!;

/**
 * The delivery tab's count of confirmed signatures per target and kind: exact (it is what gets
 * printed), so it reads the rows, not the lagging action_counters, which have no target anyway.
 * An index-only scan of the campaign's part of actions_delivered_by_target_idx (migration 0012),
 * never a scan of all of actions (actions-plans.test.ts). Exported for that test.
 */
export function lettersPerTarget(db: Database | Transaction, campaignId: string) {
  return db
    .select({ targetId: actions.targetId, kind: actions.kind, letters: count() })
    .from(actions)
    .where(deliverableLetter(campaignId))
    .groupBy(actions.targetId, actions.kind);
}

async function findExportableCampaign(viewer: Viewer, campaignId: string) {
  if (!isUuid(campaignId)) return null;
  const db = await getDb();
  const [campaign] = await db
    .select({ id: campaigns.id, slug: campaigns.slug, title: campaigns.title })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "export")))
    .limit(1);
  return campaign ?? null;
}

/** The delivery tab, for viewers who may export the campaign; null otherwise. */
export async function getDeliveryPage(viewer: Viewer, campaignId: string): Promise<DeliveryPage | null> {
  const campaign = await findExportableCampaign(viewer, campaignId);
  if (!campaign) return null;
  const db = await getDb();
  const [perTarget, attached, solidarity, records, templateKindRows, enabled] = await Promise.all([
    lettersPerTarget(db, campaignId),
    db
      .selectDistinct({ id: targets.id, name: targets.name })
      .from(campaignTargets)
      .innerJoin(targets, targetOfCampaign)
      .where(eq(campaignTargets.campaignId, campaignId))
      .orderBy(asc(targets.name)),
    db.select({ n: count() }).from(actions).where(deliverableSolidarity(campaignId)),
    db
      .select({
        id: deliveries.id,
        targetName: targets.name,
        deliveredOn: deliveries.deliveredOn,
        method: deliveries.method,
        actionCount: deliveries.actionCount,
        response: deliveries.response,
        deliveredBy: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      })
      .from(deliveries)
      .leftJoin(targets, eq(targets.id, deliveries.targetId))
      .leftJoin(users, eq(users.id, deliveries.deliveredBy))
      .where(eq(deliveries.campaignId, campaignId))
      .orderBy(desc(deliveries.deliveredOn), desc(deliveries.createdAt)),
    db
      .selectDistinct({ kind: templates.kind })
      .from(templates)
      .where(and(eq(templates.campaignId, campaignId), inArray(templates.kind, letterTemplateKinds))),
    db.select({ actionKinds: campaigns.actionKinds }).from(campaigns).where(eq(campaigns.id, campaignId)),
  ]);
  const withTemplate = new Set(templateKindRows.map((row) => kindOfTemplate(row.kind)));
  const collected = new Set<ActionKind>(enabled[0]?.actionKinds ?? []);
  const sumOf = (rows: typeof perTarget) => rows.reduce((sum, row) => sum + row.letters, 0);
  const kinds = letterKinds
    .map((kind) => {
      const ofKind = perTarget.filter((row) => row.kind === kind);
      return { kind, confirmed: sumOf(ofKind), withoutTarget: sumOf(ofKind.filter((row) => !row.targetId)), hasTemplate: withTemplate.has(kind) };
    })
    .filter((row) => row.confirmed > 0 || collected.has(row.kind));
  const known = new Set(attached.map((t) => t.id));
  // Targets that received letters but are no longer attached still get a row.
  const detached = [...new Set(perTarget.filter((row) => row.targetId && !known.has(row.targetId)).map((row) => row.targetId!))];
  const extra = detached.length
    ? await db.select({ id: targets.id, name: targets.name }).from(targets).where(inArray(targets.id, detached))
    : [];
  return {
    campaign,
    kinds,
    confirmedLetters: sumOf(perTarget),
    confirmedSolidarity: solidarity[0]?.n ?? 0,
    targets: [...attached, ...extra].map((t) => {
      const ofTarget = perTarget.filter((row) => row.targetId === t.id);
      return { ...t, letters: sumOf(ofTarget), byKind: Object.fromEntries(ofTarget.map((row) => [row.kind, row.letters])) };
    }),
    hasLetterTemplate: withTemplate.size > 0,
    deliveries: records,
  };
}

export interface SignatureRow {
  id: number;
  /** A kind delivered with the letters: it picks the template the signature prints with. */
  kind: ActionKind;
  /** ISO 8601 in UTC with milliseconds ("2026-03-01T10:00:00.000Z"), as the CSV writes it. */
  confirmedAt: string | null;
  name: string;
  email: string | null;
  city: string | null;
  country: string | null;
  language: string | null;
  personalText: string | null;
  wantsUpdates: boolean;
  targetId: string | null;
  targetName: string | null;
}

/** One row as the export's query returns it (column aliases in camelCase), before decryption. */
interface RawSignatureRow {
  id: number | string;
  kind: ActionKind;
  confirmedAt: string | null;
  nameCiphertext: string | null;
  emailCiphertext: string | null;
  cityCiphertext: string | null;
  country: string | null;
  language: string | null;
  personalTextCiphertext: string | null;
  wantsUpdates: boolean;
  targetId: string | null;
  targetName: string | null;
}

export interface SignatureExport {
  campaign: { id: string; slug: string; title: string };
  target: DeliveryTarget | null;
  /** Batches of at most exportBatchSize rows, in id order (keyset pagination, so each query is cheap; the next batch is read while this one is written). */
  batches(): AsyncGenerator<SignatureRow[]>;
}

/**
 * Confirmed letter signatures of a campaign (optionally for one target), for
 * viewers who may export it; null otherwise (the caller answers 404).
 * Emails are decrypted only when asked for.
 */
export async function openSignatureExport(
  viewer: Viewer,
  campaignId: string,
  options: { targetId?: string | null; includeEmails?: boolean; window?: { skip: number; take: number } } = {},
): Promise<SignatureExport | null> {
  const campaign = await findExportableCampaign(viewer, campaignId);
  if (!campaign) return null;
  let target: DeliveryTarget | null = null;
  if (options.targetId) {
    if (!isUuid(options.targetId)) return null;
    target = await getDeliveryTarget(options.targetId);
    if (!target) return null;
  }
  const filter = and(deliverableLetter(campaign.id), target ? eq(actions.targetId, target.id) : undefined)!;
  return {
    campaign,
    target,
    async *batches() {
      const db = await getDb();
      // Raw rows, not Drizzle's select: at a million rows its per-row mapping (and the Date objects it
      // builds) were a fifth of the export's CPU, most of the rest garbage (docs/performance.md, issue #16).
      yield* keysetBatches(
        async (after, limit, skip) =>
          rowsOf<RawSignatureRow>(
            await db.execute(sql`
              select ${actions.id} as "id", ${actions.kind} as "kind",
                to_char(${actions.confirmedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "confirmedAt",
                ${actions.nameCiphertext} as "nameCiphertext", ${actions.emailCiphertext} as "emailCiphertext",
                ${actions.cityCiphertext} as "cityCiphertext", ${actions.country} as "country", ${actions.language} as "language",
                ${actions.personalTextCiphertext} as "personalTextCiphertext", ${actions.wantsUpdates} as "wantsUpdates",
                ${actions.targetId} as "targetId", ${targets.name} as "targetName"
              from ${actions} left join ${targets} on ${targets.id} = ${actions.targetId}
              where ${and(filter, gt(actions.id, after))}
              order by ${actions.id} limit ${limit} offset ${skip}`),
          ),
        (rows) =>
          rows.map((row) => ({
            id: Number(row.id),
            kind: row.kind,
            confirmedAt: row.confirmedAt,
            name: row.nameCiphertext ? decrypt(row.nameCiphertext) : "",
            email: options.includeEmails && row.emailCiphertext ? decrypt(row.emailCiphertext) : null,
            city: decryptOptional(row.cityCiphertext),
            country: row.country,
            language: row.language,
            personalText: decryptOptional(row.personalTextCiphertext),
            wantsUpdates: row.wantsUpdates,
            targetId: row.targetId,
            targetName: row.targetName,
          })),
        { batchSize: exportBatchSize, skip: options.window?.skip, take: options.window?.take },
      );
    },
  };
}

export interface SolidarityMessage {
  id: number;
  /** The supporter's name only when they agreed to be named. */
  name: string | null;
  city: string | null;
  country: string | null;
  text: string;
}

/** Confirmed solidarity messages, in batches, for viewers who may export the campaign; null otherwise. */
export async function openSolidarityExport(
  viewer: Viewer,
  campaignId: string,
): Promise<{ campaign: { id: string; slug: string; title: string }; defenderNames: string[]; batches(): AsyncGenerator<SolidarityMessage[]> } | null> {
  const campaign = await findExportableCampaign(viewer, campaignId);
  if (!campaign) return null;
  const db = await getDb();
  const defenderRows = await db
    .select({ name: defenders.name })
    .from(campaignDefenders)
    .innerJoin(defenders, eq(defenders.id, campaignDefenders.defenderId))
    .where(eq(campaignDefenders.campaignId, campaign.id))
    .orderBy(asc(campaignDefenders.position));
  return {
    campaign,
    defenderNames: defenderRows.map((d) => d.name),
    async *batches() {
      yield* keysetBatches(
        (after, limit) =>
          db
            .select({
              id: actions.id,
              showName: actions.showName,
              publicName: actions.publicName,
              cityCiphertext: actions.cityCiphertext,
              country: actions.country,
              sealedText: actions.personalTextCiphertext,
            })
            .from(actions)
            .where(and(deliverableSolidarity(campaign.id), gt(actions.id, after), isNotNull(actions.personalTextCiphertext)))
            .orderBy(asc(actions.id))
            .limit(limit),
        (rows) =>
          rows.map((row) => ({
            id: row.id,
            name: row.showName ? row.publicName : null,
            city: decryptOptional(row.cityCiphertext),
            country: row.country,
            text: decryptOptional(row.sealedText) ?? "",
          })),
        { batchSize: exportBatchSize },
      );
    },
  };
}

export interface LetterText {
  subject: string | null;
  body: string;
}

export interface LetterMaterial {
  defenderNames: string[];
  /** Per delivered kind, its templates by language (the any-target ones): a letter prints with the model letter, a petition signature with the petition's text. */
  letterTemplates: Map<ActionKind, Map<string, LetterText>>;
  targets: Map<string, DeliveryTarget>;
}

/** What the letter bundle renders with: defenders, letter templates and the campaign's targets. */
export async function getLetterMaterial(campaignId: string): Promise<LetterMaterial> {
  const db = await getDb();
  const [defenderRows, templateRows, targetRows] = await Promise.all([
    db
      .select({ name: defenders.name })
      .from(campaignDefenders)
      .innerJoin(defenders, eq(defenders.id, campaignDefenders.defenderId))
      .where(eq(campaignDefenders.campaignId, campaignId))
      .orderBy(asc(campaignDefenders.position)),
    db
      .select({ kind: templates.kind, language: templates.language, subject: templates.subject, body: templates.body })
      .from(templates)
      .where(and(eq(templates.campaignId, campaignId), inArray(templates.kind, letterTemplateKinds), isNull(templates.targetId))),
    db
      .selectDistinct(deliveryTargetFields)
      .from(targets)
      .where(
        or(
          sql`exists (select 1 from ${campaignTargets} where ${campaignTargets.campaignId} = ${campaignId} and (${campaignTargets.targetId} = ${targets.id} or (${campaignTargets.rule} = 'embassy' and ${targets.kind} = 'embassy' and ${targets.representedState} = ${campaignTargets.responsibleState})))`,
          sql`exists (select 1 from ${actions} where ${deliverableLetter(campaignId)} and ${actions.targetId} = ${targets.id})`,
        ),
      ),
  ]);
  return {
    defenderNames: defenderRows.map((d) => d.name),
    letterTemplates: templateRows.reduce((byKind, row) => {
      const kind = kindOfTemplate(row.kind);
      const byLanguage = byKind.get(kind) ?? new Map<string, LetterText>();
      byLanguage.set(row.language, { subject: row.subject, body: row.body });
      return byKind.set(kind, byLanguage);
    }, new Map<ActionKind, Map<string, LetterText>>()),
    targets: new Map(targetRows.map((row) => [row.id, row])),
  };
}

const deliveryTargetFields = {
  id: targets.id,
  honorific: targets.honorific,
  name: targets.name,
  title: targets.title,
  addressLines: targets.addressLines,
  city: targets.city,
  postcode: targets.postcode,
  hostCountry: targets.hostCountry,
  language: targets.language,
};

async function getDeliveryTarget(id: string): Promise<DeliveryTarget | null> {
  const db = await getDb();
  const [row] = await db.select(deliveryTargetFields).from(targets).where(eq(targets.id, id)).limit(1);
  return row ?? null;
}

/** Every export is audited before its first byte leaves: who exported what, from which campaign. */
export async function recordExport(
  viewer: Viewer & AuditActor,
  campaignId: string,
  what: { format: "csv" | "letters-pdf" | "solidarity-pdf"; targetId?: string | null; includeEmails?: boolean; mode?: string; part?: number },
): Promise<void> {
  const db = await getDb();
  await db.transaction((tx) =>
    recordAudit(tx, { actor: viewer, action: `campaign.export.${what.format}`, entityType: "campaign", entityId: campaignId, after: what }),
  );
}

export interface DeliveryWrite {
  targetId: string | null;
  deliveredOn: string;
  method: string;
  actionCount: number;
  response: string | null;
}

/**
 * Records a delivery; null when the viewer may not export the campaign,
 * "targetNotInCampaign" when the target is not one the campaign addresses
 * (a delivery to someone else's target would put it on this campaign's
 * public timeline and in its numbers).
 */
export async function recordDelivery(
  viewer: Viewer & AuditActor,
  campaignId: string,
  input: DeliveryWrite,
): Promise<{ id: string; slug: string } | { refused: "targetNotInCampaign" }> {
  if (!isUuid(campaignId)) refuse("notFound");
  if (input.targetId && !isUuid(input.targetId)) return { refused: "targetNotInCampaign" };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [campaign] = await tx
      .select({ id: campaigns.id, slug: campaigns.slug })
      .from(campaigns)
      .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "export")))
      .limit(1);
    if (!campaign) refuse("notFound");
    if (input.targetId) {
      const [addressed] = await tx
        .select({ id: targets.id })
        .from(campaignTargets)
        .innerJoin(targets, targetOfCampaign)
        .where(and(eq(campaignTargets.campaignId, campaignId), eq(targets.id, input.targetId)))
        .limit(1);
      if (!addressed) return { refused: "targetNotInCampaign" } as const;
    }
    const [row] = await tx
      .insert(deliveries)
      .values({ campaignId, ...input, deliveredBy: viewer.id })
      .returning({ id: deliveries.id });
    await recordAudit(tx, { actor: viewer, action: "delivery.create", entityType: "delivery", entityId: row!.id, after: { campaignId, ...input } });
    return { id: row!.id, slug: campaign.slug };
  });
}

/** Notes the target's response to a delivery (later, when it comes). */
export async function setDeliveryResponse(
  viewer: Viewer & AuditActor,
  campaignId: string,
  deliveryId: string,
  response: string | null,
): Promise<{ slug: string }> {
  if (!isUuid(campaignId) || !isUuid(deliveryId)) refuse("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ slug: campaigns.slug, before: deliveries.response })
      .from(deliveries)
      .innerJoin(campaigns, eq(campaigns.id, deliveries.campaignId))
      .where(and(eq(deliveries.id, deliveryId), eq(deliveries.campaignId, campaignId), campaignAccess(viewer, "export")))
      .limit(1);
    if (!row) refuse("notFound");
    await tx.update(deliveries).set({ response }).where(eq(deliveries.id, deliveryId));
    await recordAudit(tx, { actor: viewer, action: "delivery.response", entityType: "delivery", entityId: deliveryId, before: { response: row.before }, after: { response } });
    return { slug: row.slug };
  });
}

/** A target the campaign addresses: attached directly, or an embassy of a responsible state. */
const targetOfCampaign = or(
  eq(targets.id, campaignTargets.targetId),
  and(eq(campaignTargets.rule, "embassy"), eq(targets.kind, "embassy"), eq(targets.representedState, campaignTargets.responsibleState)),
)!;
