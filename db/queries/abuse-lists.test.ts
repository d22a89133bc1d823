import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { storedListValue, type ListEntryKind } from "@/lib/abuse/list-entry";
import { createTestDb, type TestDatabase } from "@/test/db";
import { addListEntry, checkLists, forgetActiveLists, listListEntries, removeListEntry, type ListType } from "./abuse-lists";

let t: TestDatabase;
const admin = { id: randomUUID(), role: "admin" as const, email: `admin-${randomUUID()}@example.org`, name: "List admin" };
const organiser = { id: randomUUID(), role: "organiser" as const, email: `org-${randomUUID()}@example.org`, name: "Organiser" };
const createdEntries: string[] = [];

beforeAll(async () => {
  t = createTestDb();
  for (const user of [admin, organiser]) {
    await t.sql`insert into users (id, email, name, role) values (${user.id}, ${user.email}, ${user.name}, ${user.role})`;
  }
});

afterAll(async () => {
  if (createdEntries.length) await t.sql`delete from list_entries where id = any(${createdEntries}::uuid[])`;
  await t.sql`delete from users where id in (${admin.id}, ${organiser.id})`;
  await t.close();
  await closeDb();
});

beforeEach(() => forgetActiveLists());

/** A fresh /24 inside 198.18.0.0/15 (benchmarking addresses), so parallel files never share one. */
function randomNetwork(): string {
  return `198.${18 + (randomBytes(1)[0]! % 2)}.${randomBytes(1)[0]}`;
}

function randomDomain(): string {
  return `abuse-${randomBytes(5).toString("hex")}.example`;
}

async function add(list: ListType, kind: ListEntryKind, input: string, expiresAt: Date | null = null): Promise<string> {
  const parsed = storedListValue(kind, input);
  if (!parsed.ok) throw new Error(`${input}: ${parsed.problem}`);
  const outcome = await addListEntry(admin, { list, kind, stored: parsed.stored, reason: "test", expiresAt });
  if (!outcome.ok) throw new Error(`add failed: ${outcome.problem}`);
  createdEntries.push(outcome.id);
  return outcome.id;
}

async function auditCount(entityId: string): Promise<number> {
  const [row] = await t.sql<{ n: number }[]>`select count(*)::int as n from audit_log where entity_type = 'list_entry' and entity_id = ${entityId}`;
  return row!.n;
}

describe("checkLists", () => {
  it("blocks a listed email in any spelling, without storing it in clear", async () => {
    const local = `spam.mer${randomBytes(3).toString("hex")}`;
    const id = await add("block", "email", `${local}@gmail.com`);
    expect(await checkLists({ ip: null, canonicalEmail: `${local.replace(".", "")}@gmail.com` })).toBe("blocked");
    expect(await checkLists({ ip: null, canonicalEmail: `other-${local}@gmail.com` })).toBe("none");
    const [row] = await t.sql<{ value: string }[]>`select value from list_entries where id = ${id}`;
    expect(row!.value).not.toContain("@");
  });

  it("blocks a domain and its subdomains", async () => {
    const domain = randomDomain();
    await add("block", "email_domain", `@${domain.toUpperCase()}`);
    expect(await checkLists({ ip: null, canonicalEmail: `a@${domain}` })).toBe("blocked");
    expect(await checkLists({ ip: null, canonicalEmail: `a@mail.${domain}` })).toBe("blocked");
    expect(await checkLists({ ip: null, canonicalEmail: `a@x${domain}` })).toBe("none");
  });

  it("blocks and allows IP ranges, block winning, expired entries ignored", async () => {
    const blocked = randomNetwork();
    const allowed = randomNetwork();
    const expired = randomNetwork();
    await add("block", "ip_range", `${blocked}.0/24`);
    await add("allow", "ip_range", `${allowed}.0/24`);
    await add("block", "ip_range", `${allowed}.128/25`);
    await add("block", "ip_range", `${expired}.0/24`, new Date(Date.now() - 60_000));
    const [stored] = await t.sql<{ value: string }[]>`select value from list_entries where id = ${createdEntries.at(-4)!}`;
    expect(stored!.value).not.toContain(blocked);
    expect(await checkLists({ ip: `${blocked}.77`, canonicalEmail: null })).toBe("blocked");
    expect(await checkLists({ ip: `::ffff:${blocked}.77`, canonicalEmail: null })).toBe("blocked");
    expect(await checkLists({ ip: `${allowed}.5`, canonicalEmail: null })).toBe("allowed");
    expect(await checkLists({ ip: `${allowed}.200`, canonicalEmail: null })).toBe("blocked");
    expect(await checkLists({ ip: `${expired}.1`, canonicalEmail: null })).toBe("none");
  });
});

describe("list administration", () => {
  it("writes one audit entry per add and per removal, with a masked label", async () => {
    const id = await add("block", "email", `victim-${randomUUID()}@example.org`);
    expect(await auditCount(id)).toBe(1);
    const listed = (await listListEntries(admin)).find((entry) => entry.id === id);
    expect(listed?.label).toMatch(/^v•••@example\.org$/);
    expect(await removeListEntry(admin, id)).toBe(true);
    expect(await auditCount(id)).toBe(2);
    expect(await removeListEntry(admin, id)).toBe(false);
    expect(await auditCount(id)).toBe(2);
  });

  it("refuses duplicates and viewers without the permission, writing nothing", async () => {
    const domain = randomDomain();
    await add("allow", "email_domain", domain);
    const stored = storedListValue("email_domain", domain);
    if (!stored.ok) throw new Error("domain refused");
    expect(await addListEntry(admin, { list: "allow", kind: "email_domain", stored: stored.stored, reason: null, expiresAt: null })).toEqual({
      ok: false,
      problem: "duplicate",
    });
    const other = storedListValue("email_domain", randomDomain());
    if (!other.ok) throw new Error("domain refused");
    await expect(addListEntry(organiser, { list: "block", kind: "email_domain", stored: other.stored, reason: null, expiresAt: null })).rejects.toMatchObject({
      reason: "forbidden",
    });
    expect(await listListEntries(organiser)).toEqual([]);
    const [row] = await t.sql<{ n: number }[]>`select count(*)::int as n from list_entries where value = ${other.stored.value}`;
    expect(row!.n).toBe(0);
  });
});

// screenSubmission against these lists: server/supporter-actions/screening-lists.test.ts.
