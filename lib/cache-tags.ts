/**
 * Cache tags of the public pages' data. Anything that changes what the public
 * sees calls revalidateTag(tag, "max") (or updateTag in a Server Action) with
 * the narrowest tags that fit:
 * - a campaign edited, published, paused, closed or won: campaign(slug) and campaigns;
 * - a campaign update posted: campaign(slug), campaigns, and defender(slug) of its defenders;
 * - a defender edited or paused ("go quiet"): defender(slug), defenders, and campaigns;
 * - a public item approved (solidarity message, sign-on): campaign(slug);
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
