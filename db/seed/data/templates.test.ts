/**
 * The demo's prepared texts read naturally as the public pages render them:
 * every tweet fits X's 280 weighted characters (twitter-text) with its
 * handle, the campaign's hashtags and the link to the campaign, without being
 * cut; no call script or email leaves a hole where the supporter's details
 * would go ("my name is and I am calling from.").
 */
import { describe, expect, it } from "vitest";
import { renderTemplate, type TemplateValues } from "@/lib/templates/render";
import { composeTweet, maxTweetLength } from "@/lib/tweets/compose";
import { campaigns } from "./campaigns";
import { targets } from "./targets";

const targetByKey = new Map(targets.map((target) => [target.key, target]));
// The demo's own origin (SITE_URL unset) is not a domain twitter-text shortens to 23, so it is the longest case.
const origins = ["http://localhost:3000", "http://127.0.0.1:3123", "https://inkwell.example.org"];

const templatesOf = (kind: string) =>
  campaigns.flatMap((campaign) =>
    (campaign.templates ?? [])
      .filter((template) => template.kind === kind)
      .map((template) => [`${campaign.slug} ${"targetKey" in template && template.targetKey ? template.targetKey : "(general)"}`, campaign, template] as const),
  );

/** The template's own target, or for a general template an embassy like the ones the pages resolve. */
function targetValues(targetKey: string | undefined): TemplateValues {
  if (!targetKey) return { "target.name": "Jane Example", "target.honorific": "Her Excellency", "target.title": "Ambassador" };
  const target = targetByKey.get(targetKey);
  return { "target.name": target?.name, "target.honorific": target?.honorific, "target.title": target?.title };
}

describe("seeded tweets", () => {
  it.each(templatesOf("tweet"))("%s fits without being cut", (_name, campaign, template) => {
    const targetKey = "targetKey" in template ? (template.targetKey as string | undefined) : undefined;
    const body = renderTemplate(template.body, { ...targetValues(targetKey), "defender.name": "Dong Guangping", "campaign.title": campaign.title });
    for (const origin of origins) {
      // A targeted tweet is addressed to the target's handle: allow for a long one.
      const tweet = composeTweet({ body, handle: targetKey ? "PermanentMission" : null, hashtags: campaign.hashtags, url: `${origin}/campaigns/${campaign.slug}` });
      expect(tweet.trimmed, tweet.text).toBe(false);
      expect(tweet.text).not.toContain("…");
      expect(tweet.length).toBeLessThanOrEqual(maxTweetLength);
    }
  });
});

describe("seeded call scripts and emails", () => {
  const fallbacks: TemplateValues = { "supporter.name": "[your name]", "supporter.city": "[your town]", "supporter.country": "[your country]" };
  // A word that needs something after it, followed by punctuation; a doubled space; a line starting with punctuation.
  const holes = /\b(is|am|from|Dear)[ \t]*[.,;]|[ \t]{2,}|^[ \t]*[,.;:]|\(\s*\)/m;

  it.each([...templatesOf("call_script"), ...templatesOf("email")])("%s has no hole where the supporter's details go", (_name, campaign, template) => {
    const targetKey = "targetKey" in template ? (template.targetKey as string | undefined) : undefined;
    const values = { ...targetValues(targetKey), "defender.name": "Dong Guangping", "campaign.title": campaign.title };
    for (const text of [renderTemplate(template.body, values, { fallbacks }), renderTemplate(template.body, values)]) {
      expect(text).not.toMatch(holes);
      expect(text).not.toMatch(/\{[a-z.]+\}/);
    }
  });
});
