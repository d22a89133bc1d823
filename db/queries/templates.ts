import "server-only";
import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { campaignDefenders, campaignTargets, campaigns, defenders, targets, templates } from "@/db/schema";
import type { templateKinds } from "@/db/schema/enums";
import { isUuid } from "@/lib/ids";
import type { Viewer } from "@/lib/permissions";
import { campaignAccess } from "./access";
import { recordAudit, type AuditActor } from "./audit";

/** A target the campaign addresses: attached directly, or an embassy of a responsible state. */
const targetOfCampaign = or(
  eq(targets.id, campaignTargets.targetId),
  and(eq(campaignTargets.rule, "embassy"), eq(targets.kind, "embassy"), eq(targets.representedState, campaignTargets.responsibleState)),
)!;

export type TemplateKind = (typeof templateKinds)[number];

export interface TemplateRow {
  id: string;
  kind: TemplateKind;
  language: string;
  targetId: string | null;
  targetName: string | null;
  subject: string | null;
  body: string;
  updatedAt: Date;
}

export interface PreviewTarget {
  id: string;
  honorific: string | null;
  name: string;
  title: string | null;
  language: string;
}

export interface TemplatesPage {
  campaign: { id: string; slug: string; title: string };
  defenderNames: string[];
  templates: TemplateRow[];
  /** The campaign's fixed and fallback targets and the known embassies of its responsible states. */
  targets: PreviewTarget[];
}

/** A template row with its target's name (templates left-joined to targets), as the templates tab and the admin review list them. */
export const templateColumns = {
  id: templates.id,
  kind: templates.kind,
  language: templates.language,
  subject: templates.subject,
  body: templates.body,
  targetName: targets.name,
};

/** Everything the templates tab shows, or null when the viewer may not read the campaign. */
export async function getTemplatesPage(viewer: Viewer, campaignId: string): Promise<TemplatesPage | null> {
  if (!isUuid(campaignId)) return null;
  const db = await getDb();
  const [campaign] = await db
    .select({ id: campaigns.id, slug: campaigns.slug, title: campaigns.title })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "read")))
    .limit(1);
  if (!campaign) return null;
  const [defenderRows, templateRows, targetRows] = await Promise.all([
    db
      .select({ name: defenders.name })
      .from(campaignDefenders)
      .innerJoin(defenders, eq(defenders.id, campaignDefenders.defenderId))
      .where(eq(campaignDefenders.campaignId, campaignId))
      .orderBy(asc(campaignDefenders.position)),
    db
      .select({ ...templateColumns, targetId: templates.targetId, updatedAt: templates.updatedAt })
      .from(templates)
      .leftJoin(targets, eq(targets.id, templates.targetId))
      .where(eq(templates.campaignId, campaignId))
      .orderBy(asc(templates.kind), asc(templates.language), asc(targets.name)),
    db
      .selectDistinct({ id: targets.id, honorific: targets.honorific, name: targets.name, title: targets.title, language: targets.language })
      .from(campaignTargets)
      .innerJoin(
        targets,
        targetOfCampaign,
      )
      .where(eq(campaignTargets.campaignId, campaignId))
      .orderBy(asc(targets.name))
      .limit(200),
  ]);
  return { campaign, defenderNames: defenderRows.map((d) => d.name), templates: templateRows, targets: targetRows };
}

export interface TemplateWrite {
  kind: TemplateKind;
  language: string;
  targetId: string | null;
  subject: string | null;
  body: string;
}

export type SaveTemplateResult = { ok: true; slug: string } | { ok: false; reason: "not-found" | "target-not-in-campaign" };

/** Creates or replaces the template for (kind, language, target); audited; one transaction. */
export async function saveTemplate(viewer: Viewer & AuditActor, campaignId: string, input: TemplateWrite): Promise<SaveTemplateResult> {
  if (!isUuid(campaignId)) return { ok: false, reason: "not-found" };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [campaign] = await tx
      .select({ id: campaigns.id, slug: campaigns.slug })
      .from(campaigns)
      .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "edit")))
      .limit(1);
    if (!campaign) return { ok: false, reason: "not-found" } as const;
    if (input.targetId) {
      const [attached] = await tx
        .select({ id: targets.id })
        .from(campaignTargets)
        .innerJoin(targets, targetOfCampaign)
        .where(and(eq(campaignTargets.campaignId, campaignId), eq(targets.id, input.targetId)))
        .limit(1);
      if (!attached) return { ok: false, reason: "target-not-in-campaign" } as const;
    }
    const sameSlot = and(
      eq(templates.campaignId, campaignId),
      eq(templates.kind, input.kind),
      eq(templates.language, input.language),
      input.targetId ? eq(templates.targetId, input.targetId) : isNull(templates.targetId),
    );
    const [before] = await tx.select({ id: templates.id, subject: templates.subject, body: templates.body }).from(templates).where(sameSlot).for("update").limit(1);
    let id: string;
    if (before) {
      await tx.update(templates).set({ subject: input.subject, body: input.body, updatedAt: sql`now()` }).where(eq(templates.id, before.id));
      id = before.id;
    } else {
      const [row] = await tx.insert(templates).values({ campaignId, ...input }).returning({ id: templates.id });
      id = row!.id;
    }
    await recordAudit(tx, {
      actor: viewer,
      action: before ? "template.update" : "template.create",
      entityType: "template",
      entityId: id,
      before: before ? { subject: before.subject, body: before.body } : undefined,
      after: input,
    });
    return { ok: true, slug: campaign.slug } as const;
  });
}

/** Removes one template of the campaign; null when there is nothing the viewer may delete. */
export async function deleteTemplate(viewer: Viewer & AuditActor, campaignId: string, templateId: string): Promise<{ slug: string } | null> {
  if (!isUuid(campaignId) || !isUuid(templateId)) return null;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ slug: campaigns.slug, kind: templates.kind, language: templates.language, body: templates.body })
      .from(templates)
      .innerJoin(campaigns, eq(campaigns.id, templates.campaignId))
      .where(and(eq(templates.id, templateId), eq(templates.campaignId, campaignId), campaignAccess(viewer, "edit")))
      .limit(1);
    if (!row) return null;
    await tx.delete(templates).where(inArray(templates.id, [templateId]));
    await recordAudit(tx, { actor: viewer, action: "template.delete", entityType: "template", entityId: templateId, before: row });
    return { slug: row.slug };
  });
}
