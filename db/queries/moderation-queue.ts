import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { actions, campaignDefenders, campaigns, defenders, moderationDecisions, moderationFlags, organiserRequests, siteSettings, users } from "@/db/schema";
import type { moderationSubjects } from "@/db/schema/enums";
import { decryptOptional } from "@/lib/crypto";
import { isUuid } from "@/lib/ids";
import type { PrescreenFlag } from "@/lib/moderation/prescreen";
import { can, type Viewer } from "@/lib/permissions";
import { recordAudit, type AuditActor } from "./audit";
import { forgetSiteSettings, getSiteSettings, settingKeys } from "./settings";
import { rowsOf } from "./rows";

/*
 * The moderation queue (ADR 0011): what is open, its filters and counts, one
 * item with its review lock, and the overdue setting. Pre-screening lives in
 * prescreen.ts, verdicts and reasons in moderation-decisions.ts.
 */

export type ModerationSubjectType = (typeof moderationSubjects)[number];

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

/** Whether the id has the shape of its subject type's key (actions: bigint; the rest: uuid). */
export function isWellFormedSubject(subject: ModerationSubject): boolean {
  return subject.type === "action" ? /^[1-9][0-9]{0,17}$/.test(subject.id) : isUuid(subject.id);
}

/** Throws unless the viewer may moderate: the queue, its locks, decisions and reasons are for moderators only. */
export function assertModerator(viewer: Viewer): void {
  if (!can(viewer, "moderation:decide:any")) throw new Error("Not allowed to moderate");
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
// ---------------------------------------------------------------------------
// The review lock

export type LockResult = { ok: true; until: string } | { ok: false; holder: string; until: string };

/**
 * Takes (or extends) the review lock on an item for `reviewLockMinutes`. One
 * statement: the upsert only writes when the lock is free, expired or the
 * viewer's already, so two admins can never both hold it.
 */
export async function claimLock(tx: Transaction, viewer: Viewer, subject: ModerationSubject): Promise<LockResult> {
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

/** Whether the subject is still open (the queue's own definition). */
export async function isOpen(tx: Transaction, subject: ModerationSubject): Promise<boolean> {
  const rows = rowsOf<{ one: number }>(await tx.execute(sql`select 1 as one from (${openItems(subject)}) i`));
  return rows.length > 0;
}

/** Frees the review lock, as a decision does. */
export async function releaseLock(tx: Transaction, subject: ModerationSubject): Promise<void> {
  await tx
    .update(moderationFlags)
    .set({ lockedBy: null, lockedUntil: null })
    .where(and(eq(moderationFlags.subjectType, subject.type), eq(moderationFlags.subjectId, subject.id)));
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
