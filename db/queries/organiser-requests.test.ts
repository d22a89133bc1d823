/** Requests for organiser access, against a real Postgres. */
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { createTestDb, type TestDatabase } from "@/test/db";
import { getMyOrganiserRequest, requestOrganiserAccess } from "./organiser-requests";

let t: TestDatabase;
const users: string[] = [];

beforeAll(() => {
  t = createTestDb();
});

afterAll(async () => {
  if (users.length) await t.db.delete(schema.users).where(inArray(schema.users.id, users));
  await t.close();
  await closeDb();
});

async function supporter() {
  const id = randomUUID();
  const email = `request-${id}@example.org`;
  await t.db.insert(schema.users).values({ id, email, role: "supporter" });
  users.push(id);
  return { id, email, role: "supporter" as const };
}

describe("requestOrganiserAccess", () => {
  it("files one pending request with an audit entry, and ignores a second while it is pending", async () => {
    const viewer = await supporter();
    const input = { organisationName: "Lawyers for Lawyers", reason: "We run the Dutch letter-writing evenings for detained lawyers." };
    const results = await Promise.all([requestOrganiserAccess(viewer, input), requestOrganiserAccess(viewer, input)]);
    expect(results.sort()).toEqual(["already_pending", "created"]);

    const rows = await t.db.select().from(schema.organiserRequests).where(eq(schema.organiserRequests.userId, viewer.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "pending", organisationName: "Lawyers for Lawyers" });
    const audit = await t.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entityType, "organiser_request"), eq(schema.auditLog.entityId, rows[0]!.id)));
    expect(audit).toHaveLength(1);
    expect(await getMyOrganiserRequest(viewer)).toMatchObject({ status: "pending", organisationName: "Lawyers for Lawyers" });
  });

  it("accepts a new request once the previous one was refused", async () => {
    const viewer = await supporter();
    const input = { organisationName: "Solidarity Circle", reason: "We write to families of defenders every month." };
    expect(await requestOrganiserAccess(viewer, input)).toBe("created");
    await t.db.update(schema.organiserRequests).set({ status: "refused" }).where(eq(schema.organiserRequests.userId, viewer.id));
    expect(await requestOrganiserAccess(viewer, input)).toBe("created");
  });

  it("shows a viewer only their own request", async () => {
    const [mine, other] = [await supporter(), await supporter()];
    await requestOrganiserAccess(other, { organisationName: "Other org", reason: "Somebody else's request for access." });
    expect(await getMyOrganiserRequest(mine)).toBeNull();
  });
});
