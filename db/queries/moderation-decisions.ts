import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { actions, campaignDefenders, campaigns, defenders, moderationDecisions, moderationReasons, organiserRequests, users } from "@/db/schema";
import type { moderationVerdicts } from "@/db/schema/enums";
import { isUuid } from "@/lib/ids";
import type { Viewer } from "@/lib/permissions";
import { recordAudit } from "./audit";
import { reconcileCounters } from "./counters";
import { enqueueMail, type NewMail } from "./mail";
import {
  assertModerator,
  claimLock,
  isOpen,
  isWellFormedSubject,
  releaseLock,
  type ModerationActor,
  type ModerationSubject,
} from "./moderation-queue";
import { applyCampaignStatusChange } from "./organise-campaigns";

/*
 * Moderation decisions (ADR 0011): verdicts on open queue items with their
 * effects (publishing a campaign out of review goes through the organisers'
 * own lifecycle transition), the decision history, the latest verdict its
 * writers see, and the rejection reasons. Every change is audited.
 */

export type ModerationVerdict = (typeof moderationVerdicts)[number];

// ---------------------------------------------------------------------------
// Decision history

export interface DecisionRecord {
  verdict: ModerationVerdict;
  reason: string | null;
  note: string | null;
  decidedBy: string | null;
  decidedAt: string;
}

/** Every decision on a subject, latest first. For moderators only. */
export async function listModerationDecisions(viewer: Viewer, subject: ModerationSubject): Promise<DecisionRecord[]> {
  assertModerator(viewer);
  if (!isWellFormedSubject(subject)) return [];
  const db = await getDb();
  const rows = await db
    .select({
      verdict: moderationDecisions.verdict,
      reason: moderationReasons.label,
      note: moderationDecisions.note,
      decidedBy: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      decidedAt: moderationDecisions.decidedAt,
    })
    .from(moderationDecisions)
    .leftJoin(moderationReasons, eq(moderationReasons.id, moderationDecisions.reasonId))
    .leftJoin(users, eq(users.id, moderationDecisions.decidedBy))
    .where(and(eq(moderationDecisions.subjectType, subject.type), eq(moderationDecisions.subjectId, subject.id)))
    .orderBy(desc(moderationDecisions.decidedAt));
  return rows.map((row) => ({ ...row, decidedAt: row.decidedAt.toISOString() }));
}

// ---------------------------------------------------------------------------
// Decisions

export interface DecisionInput {
  verdict: ModerationVerdict;
  /** Required to reject; optional otherwise. */
  reasonId: string | null;
  note: string | null;
}

/** What the caller must revalidate: the narrowest public cache tags the decisions touched. */
export interface PublicChanges {
  campaignSlugs: string[];
  defenderSlugs: string[];
  campaignList: boolean;
  defenderList: boolean;
}

/** What the requester's answer is made of: the caller composes the message from it (server/mail/organiser-decision.ts). */
export interface OrganiserDecisionMailFacts {
  status: "granted" | "refused";
  organisation: string;
  /** The reason the admin chose (never the admin's note for the record). */
  reason: string | null;
  /** The language the requester last used (users.locale); null when never recorded. */
  locale: string | null;
}

export type ComposeOrganiserDecisionMail = (
  facts: OrganiserDecisionMailFacts,
) => Pick<NewMail, "subject" | "text" | "html"> | Promise<Pick<NewMail, "subject" | "text" | "html">>;

/** The mails a decision may queue, composed by the caller (db/queries words no mail). */
export interface DecisionMails {
  organiserDecision: ComposeOrganiserDecisionMail;
}

export type DecideResult =
  | {
      ok: true;
      decided: number;
      /** Items another admin holds: left alone. */
      locked: { holder: string; until: string }[];
      /** Items no longer open (decided meanwhile, withdrawn) or unknown: left alone. */
      notOpen: number;
      /** Campaigns an approval could not publish: a defender's consent is missing and no override stands (ADR 0015). Left open. */
      consentMissing: { subjectId: string; names: string[] }[];
      changes: PublicChanges;
    }
  | { ok: false; reason: "reasonRequired" | "unknownReason" };

/**
 * Decides one or many items in ONE transaction: per item, takes the review
 * lock (skipping items another admin holds), applies the verdict's effect,
 * records the decision and exactly one "moderation.decide" audit entry.
 * - actions: approve shows it (a pending solidarity message is confirmed and
 *   counts); reject hides it but it still counts (the person did act); spam
 *   marks it spam, so it stops counting (the campaign's counters are
 *   reconciled in the same transaction);
 * - campaigns: approve publishes (the only way out of review into the public
 *   site, and only past the consent gate: a campaign whose defenders lack
 *   consent and has no override is left open and reported), reject and spam
 *   return it to draft, through the organisers' own lifecycle transition;
 * - defenders: reject and spam hide the profile publicly (visibility.ts);
 * - organiser requests: approve grants the organiser role, the others refuse;
 *   the requester's answer is `mails.organiserDecision`'s message (required
 *   to decide a request).
 */
export async function decideModerationItems(
  viewer: ModerationActor,
  subjects: ModerationSubject[],
  input: DecisionInput,
  mails?: DecisionMails,
): Promise<DecideResult> {
  assertModerator(viewer);
  if (input.verdict === "reject" && !input.reasonId) return { ok: false, reason: "reasonRequired" };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const reason = input.reasonId ? await activeReason(tx, input.reasonId) : null;
    if (input.reasonId && !reason) return { ok: false, reason: "unknownReason" } as const;
    const changes: PublicChanges = { campaignSlugs: [], defenderSlugs: [], campaignList: false, defenderList: false };
    const recount = new Set<string>();
    const locked: { holder: string; until: string }[] = [];
    const consentMissing: { subjectId: string; names: string[] }[] = [];
    let decided = 0;
    let notOpen = 0;
    for (const subject of dedupe(subjects)) {
      if (!isWellFormedSubject(subject) || !(await isOpen(tx, subject))) {
        notOpen += 1;
        continue;
      }
      const lock = await claimLock(tx, viewer, subject);
      if (!lock.ok) {
        locked.push({ holder: lock.holder, until: lock.until });
        continue;
      }
      // Claiming the lock waits for a concurrent decision on the same item to commit; this fresh look sees it.
      if (!(await isOpen(tx, subject))) {
        await releaseLock(tx, subject);
        notOpen += 1;
        continue;
      }
      const effect = await applyVerdict(tx, viewer, subject, input.verdict, changes, recount, reason?.label ?? null, mails);
      if ("consentMissing" in effect) {
        // Nothing was written for this item: it stays open until consent is recorded or overridden.
        await releaseLock(tx, subject);
        consentMissing.push({ subjectId: subject.id, names: effect.consentMissing });
        continue;
      }
      await tx.insert(moderationDecisions).values({
        subjectType: subject.type,
        subjectId: subject.id,
        verdict: input.verdict,
        reasonId: reason?.id ?? null,
        note: input.note,
        decidedBy: viewer.id,
      });
      await releaseLock(tx, subject);
      await recordAudit(tx, {
        actor: viewer,
        action: "moderation.decide",
        entityType: subject.type,
        entityId: subject.id,
        before: effect.before,
        after: { verdict: input.verdict, reason: reason?.label ?? null, note: input.note, ...effect.after },
      });
      decided += 1;
    }
    if (recount.size) await reconcileCounters(tx, [...recount]);
    return { ok: true, decided, locked, notOpen, consentMissing, changes: uniqueChanges(changes) } as const;
  });
}

function dedupe(subjects: ModerationSubject[]): ModerationSubject[] {
  const seen = new Map(subjects.map((s) => [`${s.type}:${s.id}`, s]));
  return [...seen.values()];
}

function uniqueChanges(changes: PublicChanges): PublicChanges {
  return { ...changes, campaignSlugs: [...new Set(changes.campaignSlugs)], defenderSlugs: [...new Set(changes.defenderSlugs)] };
}

async function activeReason(tx: Transaction, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await tx
    .select({ id: moderationReasons.id, label: moderationReasons.label })
    .from(moderationReasons)
    .where(and(eq(moderationReasons.id, id), eq(moderationReasons.active, true)));
  return row ?? null;
}

interface Effect {
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

async function applyVerdict(
  tx: Transaction,
  viewer: ModerationActor,
  subject: ModerationSubject,
  verdict: ModerationVerdict,
  changes: PublicChanges,
  recount: Set<string>,
  reasonLabel: string | null,
  mails: DecisionMails | undefined,
): Promise<Effect | { consentMissing: string[] }> {
  switch (subject.type) {
    case "action":
      return decideAction(tx, Number(subject.id), verdict, changes, recount);
    case "campaign":
      return decideCampaign(tx, viewer, subject.id, verdict, changes);
    case "defender":
      return decideDefender(tx, subject.id, verdict, changes);
    case "organiser_request":
      if (!mails) throw new Error("deciding an organiser request needs its mail composer (server/mail/organiser-decision.ts)");
      return decideOrganiserRequest(tx, viewer, subject.id, verdict, reasonLabel, mails.organiserDecision);
  }
}

async function decideAction(tx: Transaction, id: number, verdict: ModerationVerdict, changes: PublicChanges, recount: Set<string>): Promise<Effect> {
  const [row] = await tx
    .select({ status: actions.status, kind: actions.kind, campaignId: actions.campaignId, slug: campaigns.slug })
    .from(actions)
    .innerJoin(campaigns, eq(campaigns.id, actions.campaignId))
    .where(eq(actions.id, id))
    .for("update", { of: actions });
  if (!row) throw new Error(`action ${id} vanished while open`);
  const status =
    verdict === "spam" ? ("spam" as const) : row.status === "pending" && row.kind === "solidarity" ? ("confirmed" as const) : row.status;
  if (status !== row.status) {
    await tx
      .update(actions)
      .set({ status, updatedAt: sql`now()`, ...(status === "confirmed" ? { confirmedAt: sql`now()` } : {}) })
      .where(eq(actions.id, id));
  }
  if (row.status === "confirmed" && status === "spam") recount.add(row.campaignId);
  changes.campaignSlugs.push(row.slug);
  return { before: { status: row.status }, after: { status, kind: row.kind, campaignId: row.campaignId } };
}

async function decideCampaign(
  tx: Transaction,
  viewer: ModerationActor,
  id: string,
  verdict: ModerationVerdict,
  changes: PublicChanges,
): Promise<Effect | { consentMissing: string[] }> {
  const to = verdict === "approve" ? "published" : "draft";
  const moved = await applyCampaignStatusChange(tx, viewer, id, to, { moderationDecision: true });
  if (!moved.ok && moved.reason === "consentMissing") return { consentMissing: moved.missing.map((gap) => gap.name) };
  if (!moved.ok) throw new Error(`campaign ${id} could not move to ${to}: ${moved.reason}`);
  if (to === "published") {
    changes.campaignSlugs.push(moved.slug);
    changes.campaignList = true;
  }
  return { before: { status: moved.from }, after: { status: to } };
}

async function decideDefender(tx: Transaction, id: string, verdict: ModerationVerdict, changes: PublicChanges): Promise<Effect> {
  const [row] = await tx.select({ slug: defenders.slug }).from(defenders).where(eq(defenders.id, id));
  if (!row) throw new Error(`defender ${id} vanished while open`);
  if (verdict !== "approve") {
    // The profile leaves the public pages; campaign pages list their defenders too.
    const about = await tx
      .select({ slug: campaigns.slug })
      .from(campaignDefenders)
      .innerJoin(campaigns, eq(campaigns.id, campaignDefenders.campaignId))
      .where(eq(campaignDefenders.defenderId, id));
    changes.defenderSlugs.push(row.slug);
    changes.campaignSlugs.push(...about.map((c) => c.slug));
    changes.defenderList = true;
    changes.campaignList = true;
  }
  return { after: { public: verdict === "approve" } };
}

async function decideOrganiserRequest(
  tx: Transaction,
  viewer: ModerationActor,
  id: string,
  verdict: ModerationVerdict,
  reasonLabel: string | null,
  composeMail: ComposeOrganiserDecisionMail,
): Promise<Effect> {
  const status = verdict === "approve" ? ("granted" as const) : ("refused" as const);
  const [request] = await tx
    .update(organiserRequests)
    .set({ status, decidedBy: viewer.id, decidedAt: new Date() })
    .where(and(eq(organiserRequests.id, id), eq(organiserRequests.status, "pending")))
    .returning({ userId: organiserRequests.userId, organisationName: organiserRequests.organisationName });
  if (!request) throw new Error(`organiser request ${id} vanished while open`);
  // Only a supporter is promoted: granting an old request must never demote an admin.
  const promoted = status === "granted"
    ? await tx
        .update(users)
        .set({ role: "organiser" })
        .where(and(eq(users.id, request.userId), eq(users.role, "supporter")))
        .returning({ id: users.id })
    : [];
  await mailOrganiserDecision(tx, request.userId, { status, organisation: request.organisationName, reason: reasonLabel }, composeMail);
  return { before: { status: "pending" }, after: { status, userId: request.userId, roleGranted: promoted.length > 0 } };
}

/**
 * The answer /account promises a requester, queued with the decision (same
 * transaction), in the words the caller composed in the requester's language.
 */
async function mailOrganiserDecision(
  tx: Transaction,
  userId: string,
  facts: Omit<OrganiserDecisionMailFacts, "locale">,
  composeMail: ComposeOrganiserDecisionMail,
): Promise<void> {
  const [requester] = await tx.select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, userId));
  if (!requester?.email) return;
  await enqueueMail(tx, { to: requester.email, ...(await composeMail({ ...facts, locale: requester.locale })) });
}

// ---------------------------------------------------------------------------
// What organisers and requesters see of a decision

/** The latest verdict on a subject with its reason, for the people who wrote it (a campaign's organisers, a profile's editors). */
export async function getLatestVerdict(subject: ModerationSubject): Promise<{ verdict: ModerationVerdict; reason: string | null; decidedAt: string } | null> {
  if (!isWellFormedSubject(subject)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ verdict: moderationDecisions.verdict, reason: moderationReasons.label, decidedAt: moderationDecisions.decidedAt })
    .from(moderationDecisions)
    .leftJoin(moderationReasons, eq(moderationReasons.id, moderationDecisions.reasonId))
    .where(and(eq(moderationDecisions.subjectType, subject.type), eq(moderationDecisions.subjectId, subject.id)))
    .orderBy(desc(moderationDecisions.decidedAt))
    .limit(1);
  return row ? { ...row, decidedAt: row.decidedAt.toISOString() } : null;
}

// ---------------------------------------------------------------------------
// Rejection reasons

export interface ModerationReason {
  id: string;
  label: string;
  active: boolean;
}

/** Reasons for the reject control (active only) or for the management page (all). For moderators only. */
export async function listModerationReasons(viewer: Viewer, options: { activeOnly: boolean }): Promise<ModerationReason[]> {
  assertModerator(viewer);
  const db = await getDb();
  return db
    .select({ id: moderationReasons.id, label: moderationReasons.label, active: moderationReasons.active })
    .from(moderationReasons)
    .where(options.activeOnly ? eq(moderationReasons.active, true) : undefined)
    .orderBy(desc(moderationReasons.active), asc(moderationReasons.label));
}

export type ReasonResult = { ok: true } | { ok: false; reason: "labelTaken" | "notFound" };

export async function createModerationReason(viewer: ModerationActor, label: string): Promise<ReasonResult> {
  assertModerator(viewer);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(moderationReasons).values({ label }).onConflictDoNothing().returning({ id: moderationReasons.id });
    if (!created) return { ok: false, reason: "labelTaken" } as const;
    await recordAudit(tx, { actor: viewer, action: "moderation.reason.create", entityType: "moderation_reason", entityId: created.id, after: { label } });
    return { ok: true } as const;
  });
}

export async function renameModerationReason(viewer: ModerationActor, id: string, label: string): Promise<ReasonResult> {
  assertModerator(viewer);
  if (!isUuid(id)) return { ok: false, reason: "notFound" };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ label: moderationReasons.label }).from(moderationReasons).where(eq(moderationReasons.id, id)).for("update");
    if (!before) return { ok: false, reason: "notFound" } as const;
    if (before.label === label) return { ok: true } as const;
    const [taken] = await tx.select({ id: moderationReasons.id }).from(moderationReasons).where(eq(moderationReasons.label, label));
    if (taken) return { ok: false, reason: "labelTaken" } as const;
    await tx.update(moderationReasons).set({ label }).where(eq(moderationReasons.id, id));
    await recordAudit(tx, { actor: viewer, action: "moderation.reason.rename", entityType: "moderation_reason", entityId: id, before, after: { label } });
    return { ok: true } as const;
  });
}

/** Deactivated reasons stay on past decisions but can no longer be chosen. */
export async function setModerationReasonActive(viewer: ModerationActor, id: string, active: boolean): Promise<ReasonResult> {
  assertModerator(viewer);
  if (!isUuid(id)) return { ok: false, reason: "notFound" };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ active: moderationReasons.active }).from(moderationReasons).where(eq(moderationReasons.id, id)).for("update");
    if (!before) return { ok: false, reason: "notFound" } as const;
    if (before.active === active) return { ok: true } as const;
    await tx.update(moderationReasons).set({ active }).where(eq(moderationReasons.id, id));
    await recordAudit(tx, {
      actor: viewer,
      action: active ? "moderation.reason.activate" : "moderation.reason.deactivate",
      entityType: "moderation_reason",
      entityId: id,
      before,
      after: { active },
    });
    return { ok: true } as const;
  });
}
