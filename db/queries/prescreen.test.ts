/** Pre-screening at submission against a real Postgres (fixtures: moderation-fixtures.ts). */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { moderationFixtures } from "./moderation-fixtures";
import { getOpenModerationItem } from "./moderation-queue";

const { user, publishedCampaign, solidarity } = moderationFixtures();

describe("pre-screening at submission", () => {
  it("stores the flags of a solidarity message in the same transaction", async () => {
    const campaign = await publishedCampaign();
    const clean = await solidarity(campaign.slug, `We stand with you ${randomUUID()}`);
    const linked = await solidarity(campaign.slug, `Read more at www.example.org ${randomUUID()}`);
    const admin = await user("admin");
    expect((await getOpenModerationItem(admin, clean))?.flags).toEqual([]);
    expect((await getOpenModerationItem(admin, linked))?.flags).toEqual(["link"]);
  });

  it("flags the same text sent a third time within the window, whatever its case and spacing", async () => {
    const campaign = await publishedCampaign();
    const text = `Free them all ${randomUUID()}`;
    const first = await solidarity(campaign.slug, text);
    await solidarity(campaign.slug, `  ${text.toUpperCase()} `);
    const third = await solidarity(campaign.slug, text);
    const admin = await user("admin");
    expect((await getOpenModerationItem(admin, first))?.flags).toEqual([]);
    expect((await getOpenModerationItem(admin, third))?.flags).toEqual(["repeated"]);
  });
});
