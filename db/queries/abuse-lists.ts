import "server-only";
import { and, asc, desc, eq, gt, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { auditLog, listEntries, users } from "@/db/schema";
import type { listTypes } from "@/db/schema/enums";
import { candidateRangeHashes } from "@/lib/abuse/ip-range";
import { domainAndParents, type ListEntryKind, type StoredListValue } from "@/lib/abuse/list-entry";
import { keyedHash } from "@/lib/crypto";
import { emailDomain } from "@/lib/email/canonical";
import { assertCan, can, type Viewer } from "@/lib/permissions";
import { recordAudit, type AuditActor } from "./audit";

export type ListType = (typeof listTypes)[number];

/** One list's unexpired entries, shaped for lookups. */
interface ListSets {
  emailHashes: Set<string>;
  domains: Set<string>;
  rangeHashes: Set<string>;
  prefixLengths: Set<number>;
}

export interface ActiveLists {
  block: ListSets;
  allow: ListSets;
}

const cacheMs = 4_000;
const holder = globalThis as unknown as { __inkwellAbuseLists?: { at: number; value: Promise<ActiveLists> } };

function emptySets(): ListSets {
  return { emailHashes: new Set(), domains: new Set(), rangeHashes: new Set(), prefixLengths: new Set() };
}

async function loadActiveLists(): Promise<ActiveLists> {
  const db = await getDb();
  const rows = await db
    .select({ list: listEntries.list, kind: listEntries.kind, value: listEntries.value, prefixLength: listEntries.prefixLength })
    .from(listEntries)
    .where(or(isNull(listEntries.expiresAt), gt(listEntries.expiresAt, sql`now()`)));
  const lists: ActiveLists = { block: emptySets(), allow: emptySets() };
  for (const row of rows) {
    const sets = lists[row.list];
    if (row.kind === "email") sets.emailHashes.add(row.value);
    else if (row.kind === "email_domain") sets.domains.add(row.value);
    else if (row.prefixLength !== null) {
      sets.rangeHashes.add(row.value);
      sets.prefixLengths.add(row.prefixLength);
    }
  }
  return lists;
}

/**
 * The block and allow lists, cached in the process for a few seconds: they
 * are read on every submission (the hot signing path), and an admin's change
 * reaches every process within that time.
 */
export function getActiveLists(): Promise<ActiveLists> {
  const entry = holder.__inkwellAbuseLists;
  if (entry && Date.now() - entry.at < cacheMs) return entry.value;
  const value = loadActiveLists();
  holder.__inkwellAbuseLists = { at: Date.now(), value };
  value.catch(() => {
    if (holder.__inkwellAbuseLists?.value === value) holder.__inkwellAbuseLists = undefined;
  });
  return value;
}

/** Forgets the cached lists (after an admin changes them in this process, and in tests). */
export function forgetActiveLists(): void {
  holder.__inkwellAbuseLists = undefined;
}

export interface ListSubject {
  /** The client address in clear, only to derive range hashes here. */
  ip: string | null;
  /** The canonical email, when the action carries one. */
  canonicalEmail: string | null;
}

/** blocked: refuse, write nothing. allowed: skip the rate limits. none: the usual checks. */
export type ListVerdict = "blocked" | "allowed" | "none";

function matches(sets: ListSets, subject: ListSubject): boolean {
  if (subject.canonicalEmail) {
    if (sets.emailHashes.has(keyedHash("email", subject.canonicalEmail))) return true;
    if (domainAndParents(emailDomain(subject.canonicalEmail)).some((domain) => sets.domains.has(domain))) return true;
  }
  if (sets.rangeHashes.size === 0) return false;
  return candidateRangeHashes(subject.ip, sets.prefixLengths).some((hash) => sets.rangeHashes.has(hash));
}

/** Judges a submitter against the lists; a block wins over an allow. */
export function judgeLists(lists: ActiveLists, subject: ListSubject): ListVerdict {
  if (matches(lists.block, subject)) return "blocked";
  if (matches(lists.allow, subject)) return "allowed";
  return "none";
}

/** judgeLists against the cached lists: what the action path calls. */
export async function checkLists(subject: ListSubject): Promise<ListVerdict> {
  return judgeLists(await getActiveLists(), subject);
}

export interface ListEntryRow {
  id: string;
  list: ListType;
  kind: ListEntryKind;
  /** The masked label recorded when the entry was added. */
  label: string;
  reason: string | null;
  createdAt: Date;
  createdByLabel: string | null;
  expiresAt: Date | null;
  expired: boolean;
}

const addAction = "abuse.list.add";

/**
 * Every list entry for the abuse admin, newest first. The label is the one
 * the add recorded in the audit log: the list itself holds only hashes for
 * emails and ranges.
 */
export async function listListEntries(viewer: Viewer): Promise<ListEntryRow[]> {
  if (!can(viewer, "abuse:manage:any")) return [];
  const db = await getDb();
  return db
    .select({
      id: listEntries.id,
      list: listEntries.list,
      kind: listEntries.kind,
      label: sql<string>`coalesce(${auditLog.after}->>'label', ${listEntries.kind}::text)`,
      reason: listEntries.reason,
      createdAt: listEntries.createdAt,
      createdByLabel: sql<string | null>`coalesce(${users.email}, ${users.name})`,
      expiresAt: listEntries.expiresAt,
      expired: sql<boolean>`coalesce(${listEntries.expiresAt} <= now(), false)`,
    })
    .from(listEntries)
    .leftJoin(
      auditLog,
      and(
        eq(auditLog.entityType, "list_entry"),
        eq(auditLog.entityId, sql`${listEntries.id}::text`),
        eq(auditLog.action, addAction),
      ),
    )
    .leftJoin(users, eq(users.id, listEntries.createdBy))
    .orderBy(asc(listEntries.list), desc(listEntries.createdAt))
    .limit(1000);
}

export interface NewListEntry {
  list: ListType;
  kind: ListEntryKind;
  stored: StoredListValue;
  reason: string | null;
  expiresAt: Date | null;
}

export type AddListEntryOutcome = { ok: true; id: string } | { ok: false; problem: "duplicate" };

/** Adds an entry and its audit record in one transaction; the same value twice on one list is refused. */
export async function addListEntry(viewer: Viewer & AuditActor, entry: NewListEntry): Promise<AddListEntryOutcome> {
  assertCan(viewer, "abuse:manage:any");
  const db = await getDb();
  const outcome = await db.transaction(async (tx): Promise<AddListEntryOutcome> => {
    const [row] = await tx
      .insert(listEntries)
      .values({
        list: entry.list,
        kind: entry.kind,
        value: entry.stored.value,
        prefixLength: entry.stored.prefixLength,
        reason: entry.reason,
        expiresAt: entry.expiresAt,
        createdBy: viewer.id,
      })
      .onConflictDoNothing({ target: [listEntries.list, listEntries.kind, listEntries.value] })
      .returning({ id: listEntries.id });
    if (!row) return { ok: false, problem: "duplicate" };
    await recordAudit(tx, {
      actor: viewer,
      action: addAction,
      entityType: "list_entry",
      entityId: row.id,
      after: {
        list: entry.list,
        kind: entry.kind,
        label: entry.stored.label,
        reason: entry.reason,
        expiresAt: entry.expiresAt?.toISOString() ?? null,
      },
    });
    return { ok: true, id: row.id };
  });
  if (outcome.ok) forgetActiveLists();
  return outcome;
}

/** Removes an entry (with one audit record); false when it was already gone. Refused("forbidden") when the viewer may not. */
export async function removeListEntry(viewer: Viewer & AuditActor, id: string): Promise<boolean> {
  assertCan(viewer, "abuse:manage:any");
  const db = await getDb();
  const removed = await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(listEntries)
      .where(eq(listEntries.id, id))
      .returning({ id: listEntries.id, list: listEntries.list, kind: listEntries.kind, reason: listEntries.reason });
    if (!row) return false;
    await recordAudit(tx, {
      actor: viewer,
      action: "abuse.list.remove",
      entityType: "list_entry",
      entityId: row.id,
      before: { list: row.list, kind: row.kind, reason: row.reason },
    });
    return true;
  });
  if (removed) forgetActiveLists();
  return removed;
}
