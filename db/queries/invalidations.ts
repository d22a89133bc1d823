import "server-only";
import { and, count, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Transaction } from "@/db";
import { actions, campaigns, invalidations, invalidationStatuses, users } from "@/db/schema";
import { uuidField } from "@/lib/ids";
import { can, type Viewer } from "@/lib/permissions";
import { recordAudit, type AuditActor } from "./audit";
import { reconcileCounters } from "./counters";

/**
 * Which actions a bulk invalidation covers: at least one of an IP hash, an
 * email domain or a campaign, always inside a time window (created_at in
 * [from, to)). Stored as is in invalidations.filter.
 */
export const invalidationFilterSchema = z
  .object({
    ipHash: z.string().min(8).max(100).nullable(),
    emailDomain: z.string().min(1).max(253).nullable(),
    campaignId: uuidField().nullable(),
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
  })
  .refine((f) => f.ipHash || f.emailDomain || f.campaignId, { message: "needs a subject" })
  .refine((f) => Date.parse(f.from) < Date.parse(f.to), { message: "from must be before to" });

export type InvalidationFilter = z.infer<typeof invalidationFilterSchema>;
export type InvalidationStatus = (typeof invalidationStatuses)[number];

/** Only actions that count or may yet count: confirmed and pending. Rejected, spam and invalidated ones stay as they are. */
const invalidatableStatuses = ["confirmed", "pending"] as const;

function matching(filter: InvalidationFilter): SQL {
  return and(
    filter.ipHash ? eq(actions.ipHash, filter.ipHash) : undefined,
    filter.emailDomain ? eq(actions.emailDomain, filter.emailDomain.toLowerCase()) : undefined,
    filter.campaignId ? eq(actions.campaignId, filter.campaignId) : undefined,
    gte(actions.createdAt, new Date(filter.from)),
    lt(actions.createdAt, new Date(filter.to)),
    inArray(actions.status, [...invalidatableStatuses]),
  )!;
}

/** A short, language-neutral summary of the filter for lists and the audit log. */
export function describeFilter(filter: InvalidationFilter, campaignSlug: string | null): string {
  return [
    filter.ipHash ? `ip #${filter.ipHash.slice(0, 10)}` : null,
    filter.emailDomain ? `domain ${filter.emailDomain}` : null,
    filter.campaignId ? `campaign ${campaignSlug ?? filter.campaignId}` : null,
    `${filter.from} – ${filter.to}`,
  ]
    .filter(Boolean)
    .join(", ");
}

async function countMatching(db: Awaited<ReturnType<typeof getDb>> | Transaction, filter: InvalidationFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(actions).where(matching(filter));
  return row?.n ?? 0;
}

/** A campaign's id by slug, for the invalidation form (any status: abuse can hit a closed campaign too). */
export async function findCampaignIdBySlug(viewer: Viewer, slug: string): Promise<string | null> {
  if (!can(viewer, "abuse:manage:any")) return null;
  const db = await getDb();
  const [row] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, slug)).limit(1);
  return row?.id ?? null;
}

/** How many actions an invalidation with this filter would change now; null when the viewer may not. */
export async function previewInvalidation(viewer: Viewer, filter: InvalidationFilter): Promise<number | null> {
  if (!can(viewer, "abuse:manage:any")) return null;
  return countMatching(await getDb(), filter);
}

export type QueueOutcome =
  | { ok: true; id: string }
  /** The count moved since the preview (new actions, another invalidation): show it and ask again. */
  | { ok: false; reason: "countChanged"; count: number }
  | { ok: false; reason: "forbidden" | "unknownCampaign" };

/**
 * Queues an invalidation for the job, with one audit entry, if the matching
 * count is still the one the admin previewed. Nothing changes on the actions
 * until the job runs.
 */
export async function queueInvalidation(viewer: Viewer & AuditActor, filter: InvalidationFilter, previewed: number): Promise<QueueOutcome> {
  if (!can(viewer, "abuse:manage:any")) return { ok: false, reason: "forbidden" };
  const db = await getDb();
  return db.transaction(async (tx): Promise<QueueOutcome> => {
    let slug: string | null = null;
    if (filter.campaignId) {
      const [campaign] = await tx.select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, filter.campaignId));
      if (!campaign) return { ok: false, reason: "unknownCampaign" };
      slug = campaign.slug;
    }
    const current = await countMatching(tx, filter);
    if (current !== previewed) return { ok: false, reason: "countChanged", count: current };
    const criteria = describeFilter(filter, slug);
    const [row] = await tx
      .insert(invalidations)
      .values({ criteria, filter, status: "queued", previewCount: current, createdBy: viewer.id })
      .returning({ id: invalidations.id });
    if (!row) throw new Error("invalidations insert returned no row");
    await recordAudit(tx, {
      actor: viewer,
      action: "abuse.invalidation.queue",
      entityType: "invalidation",
      entityId: row.id,
      after: { criteria, filter, previewCount: current },
    });
    return { ok: true, id: row.id };
  });
}

/** Asks the job to undo a finished invalidation (one audit entry); false unless it is "done". */
export async function requestInvalidationUndo(viewer: Viewer & AuditActor, id: string): Promise<boolean> {
  if (!can(viewer, "abuse:manage:any")) return false;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(invalidations)
      .set({ status: "reverting", revertedBy: viewer.id, lastError: null })
      .where(and(eq(invalidations.id, id), eq(invalidations.status, "done")))
      .returning({ id: invalidations.id, criteria: invalidations.criteria, affected: invalidations.affected });
    if (!row) return false;
    await recordAudit(tx, {
      actor: viewer,
      action: "abuse.invalidation.undo",
      entityType: "invalidation",
      entityId: row.id,
      before: { status: "done", affected: row.affected },
      after: { status: "reverting", criteria: row.criteria },
    });
    return true;
  });
}

export interface InvalidationRow {
  id: string;
  criteria: string;
  status: InvalidationStatus;
  previewCount: number;
  affected: number;
  lastError: string | null;
  createdAt: Date;
  createdByLabel: string | null;
  finishedAt: Date | null;
  revertedAt: Date | null;
}

/** The latest invalidations, newest first, for the abuse admin. */
export async function listInvalidations(viewer: Viewer, limit = 50): Promise<InvalidationRow[]> {
  if (!can(viewer, "abuse:manage:any")) return [];
  const db = await getDb();
  return db
    .select({
      id: invalidations.id,
      criteria: invalidations.criteria,
      status: invalidations.status,
      previewCount: invalidations.previewCount,
      affected: invalidations.affected,
      lastError: invalidations.lastError,
      createdAt: invalidations.createdAt,
      createdByLabel: sql<string | null>`coalesce(${users.email}, ${users.name})`,
      finishedAt: invalidations.finishedAt,
      revertedAt: invalidations.revertedAt,
    })
    .from(invalidations)
    .leftJoin(users, eq(users.id, invalidations.createdBy))
    .orderBy(desc(invalidations.createdAt))
    .limit(limit);
}

export interface InvalidationStep {
  id: string;
  /** What the step did: invalidated matching actions, or restored them. */
  did: "invalidated" | "reverted";
  affected: number;
  /** Slugs of the campaigns whose actions changed, for their public pages. */
  campaignSlugs: string[];
  /** Counter rows reconciliation changed: the public totals moved. */
  countersChanged: number;
}

async function claimNext(tx: Transaction) {
  const [row] = await tx
    .select({ id: invalidations.id, status: invalidations.status, filter: invalidations.filter })
    .from(invalidations)
    .where(inArray(invalidations.status, ["queued", "reverting"]))
    .orderBy(invalidations.createdAt)
    .limit(1)
    .for("update", { skipLocked: true });
  return row;
}

async function slugsOf(tx: Transaction, campaignIds: string[]): Promise<string[]> {
  if (campaignIds.length === 0) return [];
  const rows = await tx.select({ slug: campaigns.slug }).from(campaigns).where(inArray(campaigns.id, campaignIds));
  return rows.map((row) => row.slug);
}

async function invalidate(tx: Transaction, id: string, filter: InvalidationFilter) {
  const changed = await tx
    .update(actions)
    .set({ invalidatedFrom: sql`${actions.status}`, status: "invalidated", invalidationId: id, updatedAt: sql`now()` })
    .where(matching(filter))
    .returning({ campaignId: actions.campaignId });
  await tx
    .update(invalidations)
    .set({ status: "done", affected: changed.length, finishedAt: sql`now()`, lastError: null })
    .where(eq(invalidations.id, id));
  return changed;
}

async function revert(tx: Transaction, id: string) {
  const changed = await tx
    .update(actions)
    .set({ status: sql`${actions.invalidatedFrom}`, invalidatedFrom: null, invalidationId: null, updatedAt: sql`now()` })
    .where(and(eq(actions.invalidationId, id), eq(actions.status, "invalidated")))
    .returning({ campaignId: actions.campaignId });
  await tx
    .update(invalidations)
    .set({ status: "reverted", revertedAt: sql`now()`, lastError: null })
    .where(eq(invalidations.id, id));
  return changed;
}

/**
 * One step of the invalidation job: takes the oldest queued or reverting
 * invalidation (SKIP LOCKED, so parallel workers never take the same one)
 * and, in one transaction, changes its actions in one statement, records
 * the outcome and reconciles the counters of the campaigns touched, so the
 * public totals follow. Null when there is nothing to do.
 *
 * A failing invalidation is marked failed; a failing undo stays "reverting"
 * with the error and is retried, since only it can restore those actions.
 */
export async function runNextInvalidationStep(): Promise<InvalidationStep | null> {
  const db = await getDb();
  let claimed: { id: string; status: string } | undefined;
  try {
    return await db.transaction(async (tx) => {
      const next = await claimNext(tx);
      if (!next) return null;
      claimed = next;
      const reverting = next.status === "reverting";
      const changed = reverting ? await revert(tx, next.id) : await invalidate(tx, next.id, invalidationFilterSchema.parse(next.filter));
      const campaignIds = [...new Set(changed.map((row) => row.campaignId))];
      const countersChanged = campaignIds.length ? await reconcileCounters(tx, campaignIds) : 0;
      return {
        id: next.id,
        did: reverting ? ("reverted" as const) : ("invalidated" as const),
        affected: changed.length,
        campaignSlugs: await slugsOf(tx, campaignIds),
        countersChanged,
      };
    });
  } catch (error) {
    if (claimed) {
      const message = error instanceof Error ? error.message : String(error);
      await db
        .update(invalidations)
        .set({ status: claimed.status === "queued" ? "failed" : "reverting", lastError: message.slice(0, 2000) })
        .where(eq(invalidations.id, claimed.id));
    }
    throw error;
  }
}
