/** The moderation queue, its tabs and counts, against a real Postgres (fixtures: moderation-fixtures.ts). */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { decideModerationItems } from "./moderation-decisions";
import { moderationFixtures } from "./moderation-fixtures";
import { countModerationQueue, getOpenModerationItem, listModerationQueue } from "./moderation-queue";

const { t, user, publishedCampaign, solidarity, approve } = moderationFixtures();

describe("the queue", () => {
  it("lists an open solidarity message with its context until it is decided", async () => {
    const campaign = await publishedCampaign();
    const message = `Thinking of you ${randomUUID()}`;
    const subject = await solidarity(campaign.slug, message);
    const admin = await user("admin");
    const page = await listModerationQueue(admin, { tab: "all", type: "solidarity", sort: "newest", page: 1 });
    const item = page.items.find((i) => i.subjectId === subject.id);
    expect(item).toMatchObject({
      itemType: "solidarity",
      body: message,
      submitter: "Ana",
      country: "CA",
      campaign: { slug: campaign.slug, title: `Campaign ${campaign.slug}` },
      overdue: false,
      lock: null,
    });
    const flagged = await listModerationQueue(admin, { tab: "flagged", type: "solidarity", sort: "newest", page: 1 });
    expect(flagged.items.some((i) => i.subjectId === subject.id)).toBe(false);
    const counts = await countModerationQueue(admin, "solidarity");
    expect(counts.tabs.all).toBeGreaterThanOrEqual(1);
    expect(counts.types.solidarity).toBe(counts.tabs.all);

    await decideModerationItems(admin, [subject], approve);
    expect(await getOpenModerationItem(admin, subject)).toBeNull();
  });

  it("shows an old item in the overdue tab", async () => {
    const campaign = await publishedCampaign();
    const subject = await solidarity(campaign.slug, `Old message ${randomUUID()}`);
    await t.db.update(schema.actions).set({ createdAt: sql`now() - interval '3 days'` }).where(eq(schema.actions.id, Number(subject.id)));
    const admin = await user("admin");
    const overdue = await listModerationQueue(admin, { tab: "overdue", type: "solidarity", sort: "oldest", page: 1 });
    expect(overdue.items.find((i) => i.subjectId === subject.id)?.overdue).toBe(true);
  });

  it("refuses everyone but moderators", async () => {
    for (const role of ["supporter", "organiser"] as const) {
      const viewer = await user(role);
      await expect(listModerationQueue(viewer, { tab: "all", type: null, sort: "oldest", page: 1 })).rejects.toThrow();
      await expect(decideModerationItems(viewer, [], approve)).rejects.toThrow();
    }
  });
});
