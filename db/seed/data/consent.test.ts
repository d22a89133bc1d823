/**
 * The demo data follows the consent gate (ADR 0015): every seeded campaign the
 * public sees names only defenders whose consent is recorded as given (by
 * them or their family), or carries the demo admin's reasoned override.
 * A published campaign that the app itself would refuse to publish would
 * teach the wrong lesson.
 */
import { describe, expect, it } from "vitest";
import { isPublicCampaignStatus } from "../../schema/enums";
import { campaigns } from "./campaigns";
import { defenders } from "./defenders";

const consenting = new Set(["given", "given_by_family"]);

describe("seeded consent", () => {
  const consentOf = new Map(defenders.map((d) => [d.slug, d.consentStatus]));

  it.each(campaigns.filter((c) => isPublicCampaignStatus(c.status)).map((c) => [c.slug, c] as const))("%s passes the consent gate", (_slug, campaign) => {
    const missing = campaign.defenderSlugs.filter((slug) => !consenting.has(consentOf.get(slug) ?? "unknown"));
    if (missing.length === 0) return;
    // An override must give a real reason, in a sentence or more.
    expect(campaign.consentOverride, `${campaign.slug} names ${missing.join(", ")} without consent or override`).toBeTruthy();
    expect(campaign.consentOverride!.trim().length).toBeGreaterThan(40);
  });

  it("no seeded override where consent is recorded for everyone (an override is an exception, not decoration)", () => {
    for (const campaign of campaigns) {
      if (!campaign.consentOverride) continue;
      expect(campaign.defenderSlugs.some((slug) => !consenting.has(consentOf.get(slug) ?? "unknown")), campaign.slug).toBe(true);
    }
  });

  it("the demo still has published campaigns (CI smoke test, e2e demo data)", () => {
    expect(campaigns.filter((c) => c.status === "published").length).toBeGreaterThanOrEqual(5);
  });
});
