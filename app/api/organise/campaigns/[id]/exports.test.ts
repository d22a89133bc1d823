/**
 * The delivery exports on a 10,000-signature campaign, through the route
 * handlers themselves (the viewer is the only thing stubbed) against a real
 * Postgres: content, row counts, batching, authorization, audit.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db";
import * as schema from "@/db/schema";
import { encrypt } from "@/lib/crypto";
import { createTestDb, randomEmail, randomSlug, type TestDatabase } from "@/test/db";

type TestViewer = { id: string; role: "supporter" | "organiser" | "admin"; email: string; name: null };
const viewerHolder: { current: TestViewer | null } = { current: null };
vi.mock("@/server/viewer", () => ({ getViewer: async () => viewerHolder.current }));

const { GET: exportCsv } = await import("./export.csv/route");
const { GET: lettersPdf } = await import("./letters.pdf/route");
const { GET: solidarityPdf } = await import("./solidarity.pdf/route");
const { openSolidarityExport } = await import("@/db/queries/delivery");

const signatures = 10_000;
let t: TestDatabase;
let campaignId: string;
let targetId: string;
let otherTargetId: string;
const people: Record<"owner" | "otherOrganiser" | "supporter" | "admin", TestViewer> = {} as never;

async function createUser(role: TestViewer["role"]): Promise<TestViewer> {
  const email = randomEmail();
  const [row] = await t.db.insert(schema.users).values({ email, role }).returning({ id: schema.users.id });
  return { id: row!.id, role, email, name: null };
}

beforeAll(async () => {
  t = createTestDb();
  for (const role of ["owner", "otherOrganiser", "supporter", "admin"] as const) {
    people[role] = await createUser(role === "owner" || role === "otherOrganiser" ? "organiser" : role);
  }
  const [campaign] = await t.db
    .insert(schema.campaigns)
    .values({ slug: randomSlug("export"), title: "Free Test Defender", summary: "Made by a test.", actionKinds: ["letter", "solidarity"] })
    .returning({ id: schema.campaigns.id });
  campaignId = campaign!.id;
  await t.db.insert(schema.campaignOrganisers).values({ campaignId, userId: people.owner.id, role: "owner" });
  const [target, other] = await t.db
    .insert(schema.targets)
    .values([
      { kind: "embassy", honorific: "H.E.", name: `Test Ambassador ${randomUUID()}`, representedState: "CN", hostCountry: "CA", addressLines: ["515 St Patrick St"], city: "Ottawa" },
      { kind: "official", name: `Test Minister ${randomUUID()}` },
    ])
    .returning({ id: schema.targets.id });
  targetId = target!.id;
  otherTargetId = other!.id;
  await t.db.insert(schema.campaignTargets).values([
    { campaignId, rule: "fixed", targetId },
    { campaignId, rule: "fixed", targetId: otherTargetId },
  ]);
  await t.db.insert(schema.templates).values({
    campaignId,
    kind: "letter",
    language: "en",
    body: "Dear {target.honorific} {target.name},\n\nI, {supporter.name} of {supporter.city}, ask you to act for {campaign.title}.",
  });

  // 10,000 confirmed letters: names encrypted here, rows made by generate_series. Every 10th goes to the other target.
  const names = Array.from({ length: signatures }, (_, i) => encrypt(`Signer ${String(i + 1).padStart(5, "0")}`));
  const emails = Array.from({ length: signatures }, (_, i) => encrypt(`signer${i + 1}@example.org`));
  await t.db.execute(sql`
    insert into actions (campaign_id, kind, status, target_id, email_hash, email_ciphertext, name_ciphertext, country, city_ciphertext, language, idempotency_key, confirmed_at, personal_text_ciphertext)
    select ${campaignId}, 'letter', 'confirmed',
      case when i % 10 = 0 then ${otherTargetId}::uuid else ${targetId}::uuid end,
      'hash-' || ${campaignId} || '-' || i, ${JSON.stringify(emails)}::jsonb ->> (i - 1), ${JSON.stringify(names)}::jsonb ->> (i - 1), 'FR', ${encrypt("Lyon")}, 'en',
      'idem-' || ${campaignId} || '-' || i, now(),
      case when i = 7 then ${encrypt('=HYPERLINK("http://evil.example")')} else null end
    from generate_series(1, ${signatures}) as i`);
  // Rows that must never be exported: pending, self-reported, and another kind.
  await t.db.insert(schema.actions).values([
    { campaignId, kind: "letter", status: "pending", nameCiphertext: encrypt("Pending Person"), idempotencyKey: randomUUID(), emailHash: randomUUID() },
    { campaignId, kind: "letter", status: "confirmed", selfReported: true, nameCiphertext: encrypt("Self Reporter"), idempotencyKey: randomUUID(), emailHash: randomUUID() },
    { campaignId, kind: "solidarity", status: "confirmed", nameCiphertext: encrypt("Solid Friend"), publicName: "Solid Friend", showName: true, personalTextCiphertext: encrypt("Stay strong, we are with you."), cityCiphertext: encrypt("Oslo"), country: "NO", idempotencyKey: randomUUID(), emailHash: randomUUID() },
    { campaignId, kind: "solidarity", status: "confirmed", nameCiphertext: encrypt("Hidden Name"), showName: false, personalTextCiphertext: encrypt("Thinking of you."), idempotencyKey: randomUUID(), emailHash: randomUUID() },
  ]);
}, 120_000);

afterAll(async () => {
  if (campaignId) {
    await t.db.delete(schema.actions).where(eq(schema.actions.campaignId, campaignId));
    await t.db.delete(schema.campaigns).where(eq(schema.campaigns.id, campaignId));
    await t.db.delete(schema.targets).where(inArray(schema.targets.id, [targetId, otherTargetId]));
  }
  await t?.close();
  await closeDb();
});

function call(handler: typeof exportCsv, query = "") {
  const url = `http://localhost/api/organise/campaigns/${campaignId}/x${query}`;
  return handler(new Request(url), { params: Promise.resolve({ id: campaignId }) });
}

async function readChunks(response: Response): Promise<string[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const chunks: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(decoder.decode(value));
  }
}

describe("signature CSV export", () => {
  it("streams every confirmed letter, in batches, with neutralised cells and no emails by default", async () => {
    viewerHolder.current = people.owner;
    const heapBefore = process.memoryUsage().heapUsed;
    const response = await call(exportCsv);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const chunks = await readChunks(response);
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;

    // The header, then one chunk per batch of at most 1,000 rows: never the whole set at once.
    expect(chunks).toHaveLength(1 + signatures / 1000);
    for (const chunk of chunks.slice(1)) expect(chunk.split("\r\n").filter(Boolean)).toHaveLength(1000);
    expect(heapGrowth).toBeLessThan(100 * 1024 * 1024);

    const lines = chunks.join("").split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("\uFEFFsignature_id,confirmed_at,name,city,country,language,target,personal_message,wants_updates");
    expect(lines).toHaveLength(1 + signatures);
    const body = lines.join("\n");
    for (const name of ["Signer 00001", "Signer 05000", "Signer 10000"]) expect(body).toContain(`,${name},Lyon,FR,en,`);
    expect(body).not.toContain("Pending Person");
    expect(body).not.toContain("Self Reporter");
    expect(body).not.toContain("Solid Friend");
    expect(body).not.toContain("@example.org");
    expect(body).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });

  it("exports one target's letters and, when asked, the email addresses", async () => {
    viewerHolder.current = people.owner;
    const lines = (await readChunks(await call(exportCsv, `?target=${otherTargetId}&emails=1`))).join("").split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(1 + signatures / 10);
    expect(lines[0]!.endsWith(",email")).toBe(true);
    expect(lines[1]).toContain("Signer 00010");
    expect(lines[1]).toContain("signer10@example.org");
  });

  it("is recorded in the audit log", async () => {
    const rows = await t.db
      .select({ action: schema.auditLog.action, actorId: schema.auditLog.actorId })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entityType, "campaign"), eq(schema.auditLog.entityId, campaignId), eq(schema.auditLog.action, "campaign.export.csv")));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((row) => row.actorId === people.owner.id)).toBe(true);
  });

  it("answers 404 to another organiser and to a supporter, 401 to anonymous callers, 200 to an admin", async () => {
    for (const handler of [exportCsv, lettersPdf, solidarityPdf]) {
      viewerHolder.current = people.otherOrganiser;
      expect((await call(handler)).status).toBe(404);
      viewerHolder.current = people.supporter;
      expect((await call(handler)).status).toBe(404);
      viewerHolder.current = null;
      expect((await call(handler)).status).toBe(401);
    }
    viewerHolder.current = people.admin;
    const response = await call(exportCsv, `?target=${otherTargetId}`);
    expect(response.status).toBe(200);
    await response.body?.cancel();
  });
});

async function pdfText(response: Response): Promise<{ pages: number; bytes: Uint8Array }> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  const bytes = new Uint8Array(await response.arrayBuffer());
  const doc = await PDFDocument.load(bytes);
  return { pages: doc.getPageCount(), bytes };
}

describe("PDF bundles", () => {
  it("prints one letter per signer, one page each, in parts of 500 letters", async () => {
    viewerHolder.current = people.owner;
    expect((await pdfText(await call(lettersPdf, "?mode=each&part=20"))).pages).toBe(500);
    expect((await pdfText(await call(lettersPdf, `?mode=each&part=2&target=${otherTargetId}`))).pages).toBe(500);
    expect((await call(lettersPdf, "?mode=each&part=21")).status).toBe(404);
  }, 120_000);

  it("prints one letter per target with the list of names", async () => {
    viewerHolder.current = people.owner;
    const { pages } = await pdfText(await call(lettersPdf, `?mode=list&target=${otherTargetId}`));
    // 1,000 names at 15.5pt per line need about 20 A4 pages.
    expect(pages).toBeGreaterThan(15);
    expect(pages).toBeLessThan(30);
  }, 60_000);

  it("prints the solidarity messages, naming only supporters who agreed", async () => {
    viewerHolder.current = people.owner;
    const { pages } = await pdfText(await call(solidarityPdf));
    expect(pages).toBe(1);
  });

  it("prints the messages and cities opened from their sealed columns", async () => {
    const messages = [];
    for await (const batch of (await openSolidarityExport(people.owner, campaignId))!.batches()) messages.push(...batch);
    expect(messages).toEqual([
      expect.objectContaining({ name: "Solid Friend", city: "Oslo", country: "NO", text: "Stay strong, we are with you." }),
      expect.objectContaining({ name: null, city: null, text: "Thinking of you." }),
    ]);
  });
});
