import "server-only";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { getDb, type Transaction } from "@/db";
import {
  actions,
  campaignDefenders,
  campaigns,
  defenders,
  moderationDecisions,
  moderationFlags,
  moderationReasons,
  organiserRequests,
  siteSettings,
  users,
} from "@/db/schema";
import type { moderationSubjects, moderationVerdicts } from "@/db/schema/enums";
import { decryptOptional } from "@/lib/crypto";
import { prescreen, repeatWindowHours, type PrescreenFlag } from "@/lib/moderation/prescreen";
import { env } from "@/lib/env";
import { can, type Viewer } from "@/lib/permissions";
import messages from "@/messages/en";
import { recordAudit, type AuditActor } from "./audit";
import { reconcileCounters } from "./counters";
import { enqueueMail } from "./mail";
import { applyCampaignStatusChange } from "./organise-campaigns";
import { forgetSiteSettings, getSiteSettings, settingKeys } from "./settings";
import { rowsOf } from "./rows";

export type ModerationSubjectType = (typeof moderationSubjects)[number];
export type ModerationVerdict = (typeof moderationVerdicts)[number];

/** What a queue item is, finer than the subject type: three kinds of action are moderated. */
export const queueItemTypes = ["solidarity", "org_signon", "letter", "campaign", "defender", "organiser_request"] as const;
export type QueueItemType = (typeof queueItemTypes)[number];

export const queueTabs = ["all", "flagged", "overdue"] as const;
export type QueueTab = (typeof queueTabs)[number];

export const queueSorts = ["oldest", "newest"] as const;
export type QueueSort = (typeof queueSorts)[number];

export const queuePageSize = 25;
/** How long opening an item keeps other admins from deciding it. */
export const reviewLockMinutes = 5;

export interface ModerationSubject {
  type: ModerationSubjectType;
  id: string;
}

export type ModerationActor = Viewer & AuditActor;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the id has the shape of its subject type's key (actions: bigint; the rest: uuid). */
export function isWellFormedSubject(subject: ModerationSubject): boolean {
  return subject.type === "action" ? /^[1-9][0-9]{0,17}$/.test(subject.id) : uuidPattern.test(subject.id);
}

function assertModerator(viewer: Viewer): void {
  if (!can(viewer, "moderation:decide:any")) throw new Error("Not allowed to moderate");
}

// ---------------------------------------------------------------------------
// Pre-screening at submission

interface ScreenOptions {
  language?: string | null;
  /** actions.text_hash of a supporter's text, to count the same text in the window. */
  textHash?: string | null;
  linksExpected?: boolean;
}

/**
 * Runs the automated pre-screening on a submitted text inside the
 * submission's transaction and stores the result (an empty list too: the row
 * says the item was screened, and later holds the review lock). For actions
 * the row with `textHash` must already be inserted: it counts itself.
 */
export async function prescreenSubmission(tx: Transaction, subject: ModerationSubject, text: string, options: ScreenOptions = {}): Promise<PrescreenFlag[]> {
  const sameTextCount = options.textHash ? await countSameText(tx, options.textHash) : 0;
  const flags = prescreen(text, { language: options.language, sameTextCount, linksExpected: options.linksExpected });
  await tx
    .insert(moderationFlags)
    .values({ subjectType: subject.type, subjectId: subject.id, flags })
    .onConflictDoUpdate({ target: [moderationFlags.subjectType, moderationFlags.subjectId], set: { flags } });
  return flags;
}

async function countSameText(tx: Transaction, textHash: string): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(actions)
    .where(and(eq(actions.textHash, textHash), sql`${actions.createdAt} > now() - make_interval(hours => ${repeatWindowHours})`));
  return row?.count ?? 0;
}

/** Screens what a campaign says when it goes to review. Stories cite sources, so links are expected. */
export async function screenCampaign(tx: Transaction, campaignId: string): Promise<PrescreenFlag[]> {
  const [row] = await tx
    .select({ title: campaigns.title, summary: campaigns.summary, ask: campaigns.ask, story: campaigns.storyMarkdown })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  if (!row) return [];
  const text = [row.title, row.summary, row.ask, row.story].join("\n\n");
  return prescreenSubmission(tx, { type: "campaign", id: campaignId }, text, { linksExpected: true });
}

/** Screens a defender profile after it was created or edited. */
export async function screenDefender(tx: Transaction, defenderId: string): Promise<PrescreenFlag[]> {
  const [row] = await tx
    .select({ name: defenders.name, profession: defenders.profession, summary: defenders.summary, story: defenders.storyMarkdown })
    .from(defenders)
    .where(eq(defenders.id, defenderId));
  if (!row) return [];
  const text = [row.name, row.profession ?? "", row.summary, row.story].join("\n\n");
  return prescreenSubmission(tx, { type: "defender", id: defenderId }, text, { linksExpected: true });
}

// ---------------------------------------------------------------------------
// The queue

/**
 * Every open item as one row shape. An item is open until it has a decision
 * newer than its last change:
 * - actions: solidarity messages still pending; confirmed organisation
 *   sign-ons; confirmed letters whose writer asked to show their paragraph
 *   (never on high-risk campaigns) — each without any decision yet;
 * - campaigns in review (a decision moves them out of that status);
 * - defender profiles created or edited after their latest decision;
 * - organiser access requests still pending.
 * `only` narrows every branch to one subject by its key, so the indexes work.
 */
function openItems(only?: ModerationSubject): SQL {
  const branch = (type: ModerationSubjectType, key: SQL) =>
    only === undefined ? sql`` : only.type === type ? sql`and ${key} = ${type === "action" ? Number(only.id) : only.id}` : sql`and false`;
  const defenderNames = (campaignId: SQL) => sql`(
    select string_agg(d.name, ', ' order by cd.position)
    from ${campaignDefenders} cd join ${defenders} d on d.id = cd.defender_id
    where cd.campaign_id = ${campaignId})`;
  return sql`
    select 'action'::moderation_subject as subject_type, a.id::text as subject_id, a.kind::text as item_type,
      coalesce(a.confirmed_at, a.created_at) as submitted_at,
      c.title as campaign_title, c.slug as campaign_slug, ${defenderNames(sql`c.id`)} as defender_names,
      a.organisation_name as heading, a.personal_text_ciphertext as body,
      case when c.high_risk or not a.show_name then null else a.public_name end as submitter,
      a.country::text as country, a.language as language
    from ${actions} a join ${campaigns} c on c.id = a.campaign_id
    where ((a.kind = 'solidarity' and a.status = 'pending')
        or (a.kind = 'org_signon' and a.status = 'confirmed')
        or (a.kind = 'letter' and a.status = 'confirmed' and a.show_text and a.personal_text_ciphertext is not null and not c.high_risk))
      and not exists (
        select 1 from ${moderationDecisions} md where md.subject_type = 'action' and md.subject_id = a.id::text)
      ${branch("action", sql`a.id`)}
    union all
    select 'campaign', c.id::text, 'campaign',
      coalesce((select max(sc.changed_at) from campaign_status_changes sc where sc.campaign_id = c.id and sc.to_status = 'in_review'), c.updated_at),
      c.title, c.slug, ${defenderNames(sql`c.id`)},
      null, c.summary,
      (select coalesce(u.name, u.email) from ${users} u where u.id = c.created_by),
      null, null
    from ${campaigns} c
    where c.status = 'in_review' ${branch("campaign", sql`c.id`)}
    union all
    select 'defender', d.id::text, 'defender', d.updated_at,
      null, null, null,
      d.name, d.summary,
      (select coalesce(u.name, u.email) from ${users} u where u.id = d.created_by),
      d.country::text, null
    from ${defenders} d
    where not exists (
        select 1 from ${moderationDecisions} md
        where md.subject_type = 'defender' and md.subject_id = d.id::text and md.decided_at >= d.updated_at)
      ${branch("defender", sql`d.id`)}
    union all
    select 'organiser_request', r.id::text, 'organiser_request', r.created_at,
      null, null, null,
      r.organisation_name, r.reason, coalesce(u.name, u.email),
      null, null
    from ${organiserRequests} r join ${users} u on u.id = r.user_id
    where r.status = 'pending' ${branch("organiser_request", sql`r.id`)}`;
}

export interface QueueItem {
  subjectType: ModerationSubjectType;
  subjectId: string;
  itemType: QueueItemType;
  /** ISO instant the item was submitted or last changed. */
  submittedAt: string;
  overdue: boolean;
  campaign: { title: string; slug: string } | null;
  defenderNames: string | null;
  /** The organisation (sign-ons, organiser requests) or the defender's name (profiles). */
  heading: string | null;
  body: string | null;
  /** Public name or organisation; never an email unless it is an account's only label. */
  submitter: string | null;
  country: string | null;
  language: string | null;
  flags: PrescreenFlag[];
  /** Set while another admin, or the viewer, holds the review lock. */
  lock: { holder: string; until: string; mine: boolean } | null;
}

interface QueueRow {
  subject_type: ModerationSubjectType;
  subject_id: string;
  item_type: QueueItemType;
  submitted_at: string | Date;
  overdue: boolean;
  campaign_title: string | null;
  campaign_slug: string | null;
  defender_names: string | null;
  heading: string | null;
  body: string | null;
  submitter: string | null;
  country: string | null;
  language: string | null;
  flags: PrescreenFlag[] | null;
  locked_by: string | null;
  lock_holder: string | null;
  locked_until: string | Date | null;
}

const iso = (value: string | Date) => new Date(value).toISOString();

function toQueueItem(row: QueueRow, viewer: Viewer): QueueItem {
  return {
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    itemType: row.item_type,
    submittedAt: iso(row.submitted_at),
    overdue: row.overdue,
    campaign: row.campaign_title && row.campaign_slug ? { title: row.campaign_title, slug: row.campaign_slug } : null,
    defenderNames: row.defender_names,
    heading: row.heading,
    // A supporter's text is sealed at rest (the action branch of openItems); a moderator must read it.
    body: row.subject_type === "action" ? decryptOptional(row.body) : row.body,
    submitter: row.submitter,
    country: row.country?.trim() || null,
    language: row.language,
    flags: row.flags ?? [],
    lock:
      row.locked_by && row.locked_until
        ? { holder: row.lock_holder ?? "", until: iso(row.locked_until), mine: row.locked_by === viewer.id }
        : null,
  };
}

/** The open items joined with their flags, lock holder and overdue state. */
function queueRows(overdueHours: number, only?: ModerationSubject): SQL {
  return sql`
    select i.*, f.flags, lu.id as locked_by, case when lu.id is not null then f.locked_until end as locked_until,
      coalesce(lu.name, lu.email) as lock_holder,
      i.submitted_at < now() - make_interval(hours => ${overdueHours}) as overdue
    from (${openItems(only)}) i
    left join ${moderationFlags} f on f.subject_type = i.subject_type and f.subject_id = i.subject_id
    left join ${users} lu on lu.id = f.locked_by and f.locked_until > now()`;
}

function tabCondition(tab: QueueTab): SQL {
  if (tab === "flagged") return sql`cardinality(coalesce(q.flags, '{}')) > 0`;
  if (tab === "overdue") return sql`q.overdue`;
  return sql`true`;
}

export interface QueueQuery {
  tab: QueueTab;
  type: QueueItemType | null;
  sort: QueueSort;
  /** 1-based. */
  page: number;
}

/** One page of open items for the queue, oldest (or newest) first. For moderators only. */
export async function listModerationQueue(viewer: Viewer, query: QueueQuery): Promise<{ items: QueueItem[]; hasMore: boolean }> {
  assertModerator(viewer);
  const { moderationOverdueHours } = await getSiteSettings();
  const db = await getDb();
  const direction = query.sort === "newest" ? sql`desc` : sql`asc`;
  const offset = (Math.max(1, query.page) - 1) * queuePageSize;
  const rows = rowsOf<QueueRow>(
    await db.execute(sql`
      select q.* from (${queueRows(moderationOverdueHours)}) q
      where ${tabCondition(query.tab)} ${query.type ? sql`and q.item_type = ${query.type}` : sql``}
      order by q.submitted_at ${direction}, q.subject_type, q.subject_id
      limit ${queuePageSize + 1} offset ${offset}`),
  );
  return { items: rows.slice(0, queuePageSize).map((row) => toQueueItem(row, viewer)), hasMore: rows.length > queuePageSize };
}

export interface QueueCounts {
  /** Per tab, within the chosen type (all types when none). */
  tabs: Record<QueueTab, number>;
  /** Open items of each type, all tabs. */
  types: Record<QueueItemType, number>;
}

/** The numbers on the tabs and the type filter, in one query. For moderators only. */
export async function countModerationQueue(viewer: Viewer, type: QueueItemType | null): Promise<QueueCounts> {
  assertModerator(viewer);
  const { moderationOverdueHours } = await getSiteSettings();
  const db = await getDb();
  const rows = rowsOf<{ item_type: QueueItemType; total: number | string; flagged: number | string; overdue: number | string }>(
    await db.execute(sql`
      select q.item_type, count(*) as total,
        count(*) filter (where cardinality(coalesce(q.flags, '{}')) > 0) as flagged,
        count(*) filter (where q.overdue) as overdue
      from (${queueRows(moderationOverdueHours)}) q
      group by q.item_type`),
  );
  const tabs: Record<QueueTab, number> = { all: 0, flagged: 0, overdue: 0 };
  const types = Object.fromEntries(queueItemTypes.map((t) => [t, 0])) as Record<QueueItemType, number>;
  for (const row of rows) {
    types[row.item_type] = Number(row.total);
    if (type && row.item_type !== type) continue;
    tabs.all += Number(row.total);
    tabs.flagged += Number(row.flagged);
    tabs.overdue += Number(row.overdue);
  }
  return { tabs, types };
}

/** One open item, or null when it is unknown or already decided. For moderators only. */
export async function getOpenModerationItem(viewer: Viewer, subject: ModerationSubject): Promise<QueueItem | null> {
  assertModerator(viewer);
  if (!isWellFormedSubject(subject)) return null;
  const { moderationOverdueHours } = await getSiteSettings();
  const db = await getDb();
  const [row] = rowsOf<QueueRow>(await db.execute(sql`select q.* from (${queueRows(moderationOverdueHours, subject)}) q`));
  return row ? toQueueItem(row, viewer) : null;
}

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
// The review lock

export type LockResult = { ok: true; until: string } | { ok: false; holder: string; until: string };

/**
 * Takes (or extends) the review lock on an item for `reviewLockMinutes`. One
 * statement: the upsert only writes when the lock is free, expired or the
 * viewer's already, so two admins can never both hold it.
 */
async function claimLock(tx: Transaction, viewer: Viewer, subject: ModerationSubject): Promise<LockResult> {
  const claimed = rowsOf<{ locked_until: string | Date }>(
    await tx.execute(sql`
      insert into ${moderationFlags} (subject_type, subject_id, flags, locked_by, locked_until)
      values (${subject.type}, ${subject.id}, '{}', ${viewer.id}, now() + make_interval(mins => ${reviewLockMinutes}))
      on conflict (subject_type, subject_id) do update
        set locked_by = excluded.locked_by, locked_until = excluded.locked_until
        where ${moderationFlags.lockedUntil} is null or ${moderationFlags.lockedUntil} <= now() or ${moderationFlags.lockedBy} = excluded.locked_by
      returning locked_until`),
  );
  if (claimed[0]) return { ok: true, until: iso(claimed[0].locked_until) };
  const [holder] = await tx
    .select({ holder: sql<string>`coalesce(${users.name}, ${users.email}, '')`, until: moderationFlags.lockedUntil })
    .from(moderationFlags)
    .leftJoin(users, eq(users.id, moderationFlags.lockedBy))
    .where(and(eq(moderationFlags.subjectType, subject.type), eq(moderationFlags.subjectId, subject.id)));
  return { ok: false, holder: holder?.holder ?? "", until: holder?.until ? iso(holder.until) : new Date().toISOString() };
}

/** Opens an item for review: locks it to the viewer unless another admin holds it. Null when the item is not open. */
export async function lockModerationItem(viewer: Viewer, subject: ModerationSubject): Promise<LockResult | null> {
  assertModerator(viewer);
  if (!isWellFormedSubject(subject)) return null;
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await isOpen(tx, subject))) return null;
    return claimLock(tx, viewer, subject);
  });
}

async function isOpen(tx: Transaction, subject: ModerationSubject): Promise<boolean> {
  const rows = rowsOf<{ one: number }>(await tx.execute(sql`select 1 as one from (${openItems(subject)}) i`));
  return rows.length > 0;
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
 * - organiser requests: approve grants the organiser role, the others refuse.
 */
export async function decideModerationItems(viewer: ModerationActor, subjects: ModerationSubject[], input: DecisionInput): Promise<DecideResult> {
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
      const effect = await applyVerdict(tx, viewer, subject, input.verdict, changes, recount, reason?.label ?? null);
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

async function releaseLock(tx: Transaction, subject: ModerationSubject): Promise<void> {
  await tx
    .update(moderationFlags)
    .set({ lockedBy: null, lockedUntil: null })
    .where(and(eq(moderationFlags.subjectType, subject.type), eq(moderationFlags.subjectId, subject.id)));
}

function dedupe(subjects: ModerationSubject[]): ModerationSubject[] {
  const seen = new Map(subjects.map((s) => [`${s.type}:${s.id}`, s]));
  return [...seen.values()];
}

function uniqueChanges(changes: PublicChanges): PublicChanges {
  return { ...changes, campaignSlugs: [...new Set(changes.campaignSlugs)], defenderSlugs: [...new Set(changes.defenderSlugs)] };
}

async function activeReason(tx: Transaction, id: string) {
  if (!uuidPattern.test(id)) return null;
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
): Promise<Effect | { consentMissing: string[] }> {
  switch (subject.type) {
    case "action":
      return decideAction(tx, Number(subject.id), verdict, changes, recount);
    case "campaign":
      return decideCampaign(tx, viewer, subject.id, verdict, changes);
    case "defender":
      return decideDefender(tx, subject.id, verdict, changes);
    case "organiser_request":
      return decideOrganiserRequest(tx, viewer, subject.id, verdict, reasonLabel);
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
  await mailOrganiserDecision(tx, request.userId, { status, organisation: request.organisationName, reason: reasonLabel });
  return { before: { status: "pending" }, after: { status, userId: request.userId, roleGranted: promoted.length > 0 } };
}

/**
 * The answer /account promises a requester, queued with the decision (same
 * transaction): granted, with the way to the organiser pages; refused, with
 * the reason the admin chose (never the admin's note for the record).
 */
async function mailOrganiserDecision(
  tx: Transaction,
  userId: string,
  decision: { status: "granted" | "refused"; organisation: string; reason: string | null },
): Promise<void> {
  const [requester] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (!requester?.email) return;
  const t = createTranslator({ locale: "en", messages, namespace: "OrganiserRequest.mail" });
  const site = env().SITE_URL.replace(/\/$/, "");
  const values = {
    organisation: decision.organisation,
    url: `${site}${decision.status === "granted" ? "/organise" : "/account"}`,
    hasReason: decision.reason ? "yes" : "no",
    reason: decision.reason ?? "",
  };
  await enqueueMail(tx, {
    to: requester.email,
    subject: t(`${decision.status}.subject`),
    text: t(`${decision.status}.text`, values),
  });
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
  if (!uuidPattern.test(id)) return { ok: false, reason: "notFound" };
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
  if (!uuidPattern.test(id)) return { ok: false, reason: "notFound" };
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

// ---------------------------------------------------------------------------
// The overdue setting

/** Sets after how many hours an open item counts as overdue (site_settings), with its audit entry. */
export async function setModerationOverdueHours(viewer: ModerationActor, hours: number): Promise<void> {
  if (!can(viewer, "settings:edit:any")) throw new Error("Not allowed to change settings");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const key = settingKeys.moderationOverdueHours;
    const [before] = await tx.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, key)).for("update");
    await tx
      .insert(siteSettings)
      .values({ key, value: hours, updatedBy: viewer.id })
      .onConflictDoUpdate({ target: siteSettings.key, set: { value: hours, updatedBy: viewer.id, updatedAt: new Date() } });
    await recordAudit(tx, { actor: viewer, action: "settings.change", entityType: "site_setting", entityId: key, before: before?.value ?? null, after: hours });
  });
  forgetSiteSettings();
}
