/**
 * Cache tags of the public pages' data. Anything that changes what the public
 * sees calls revalidateTag(tag, "max") (or updateTag in a Server Action) with
 * the narrowest tags that fit:
 * - a campaign edited, published, paused, closed or won: campaign(slug) and campaigns;
 * - a campaign update posted: campaign(slug), campaigns, and defender(slug) of its defenders;
 * - a defender edited or paused ("go quiet"): defender(slug), defenders, and campaigns;
 * - a public item approved (solidarity message, sign-on): campaign(slug);
 * - a version in another language saved or deleted: the tags of what it translates
 *   (campaignTextTags, defenderTextTags below; the cached reads are keyed by locale too);
 * - counters written by the counter job: counters.
 */
export const cacheTags = {
  campaigns: "campaigns",
  campaign: (slug: string) => `campaign:${slug}`,
  defenders: "defenders",
  defender: (slug: string) => `defender:${slug}`,
  counters: "counters",
} as const;

/** Seconds a cached entry may be served before it is refreshed in the background, tags aside. */
export const cacheSeconds = {
  content: 3600,
  publicItems: 300,
  counters: 60,
} as const;

/** What to refresh after a campaign's words (or an update's) changed in some language: its page, the lists, its defenders' profiles. */
export function campaignTextTags(change: { slug: string; defenderSlugs: readonly string[] }): string[] {
  return [cacheTags.campaign(change.slug), cacheTags.campaigns, ...change.defenderSlugs.map(cacheTags.defender)];
}

/** What to refresh after a profile's words changed in some language: the profile, the lists, the campaigns that name them. */
export function defenderTextTags(change: { slug: string; campaignSlugs: readonly string[] }): string[] {
  return [cacheTags.defender(change.slug), cacheTags.defenders, cacheTags.campaigns, ...change.campaignSlugs.map(cacheTags.campaign)];
}
