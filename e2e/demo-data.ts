/**
 * What the e2e suite expects to find, read from the demo data that
 * `npm run db:seed` writes, so the specs follow the seed instead of
 * hard-coding titles. Lookups throw (inside the test that needs them) when
 * the seed has nothing that fits, with a message saying what is missing.
 */
import { openCampaignStatuses, publicCampaignStatuses } from "../db/schema/enums";
import { campaigns as seedCampaigns } from "../db/seed/data/campaigns";
import { defenders as seedDefenders } from "../db/seed/data/defenders";
import { targets as seedTargets } from "../db/seed/data/targets";
import type { SeedCampaign, SeedDefender, SeedTarget } from "../db/seed/types";

export type { SeedCampaign, SeedDefender, SeedTarget };

/** Campaign statuses shown to the public; "open" in the filter means published or paused. */
export const publicStatuses: readonly SeedCampaign["status"][] = publicCampaignStatuses;
export const openStatuses: readonly SeedCampaign["status"][] = openCampaignStatuses;

export const campaignFilterStatuses = ["open", "closed", "won"] as const;

export const allCampaigns: readonly SeedCampaign[] = seedCampaigns;
export const allDefenders: readonly SeedDefender[] = seedDefenders;

export const publicCampaigns = (): SeedCampaign[] => seedCampaigns.filter((c) => publicStatuses.includes(c.status));
export const hiddenCampaigns = (): SeedCampaign[] => seedCampaigns.filter((c) => !publicStatuses.includes(c.status));

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The demo data (db/seed/data) has no ${what}.`);
  return value;
}

export function defender(slug: string): SeedDefender {
  return need(
    seedDefenders.find((d) => d.slug === slug),
    `defender "${slug}"`,
  );
}

export function target(key: string): SeedTarget {
  return need(
    seedTargets.find((t) => t.key === key),
    `target "${key}"`,
  );
}

export const campaignDefenders = (campaign: SeedCampaign): SeedDefender[] => campaign.defenderSlugs.map(defender);

const byPublishedDesc = (a: SeedCampaign, b: SeedCampaign) => b.publishedOn.localeCompare(a.publishedOn);

/** The most recently published featured open campaign: the home page always shows it. */
export function featuredCampaign(): SeedCampaign {
  const featured = seedCampaigns.filter((c) => c.featured && c.status === "published").sort(byPublishedDesc);
  return need(featured[0], "featured published campaign");
}

/** The featured campaign's first defender. */
export function featuredDefender(): SeedDefender {
  return need(campaignDefenders(featuredCampaign())[0], "defender on the featured campaign");
}

/** Won campaigns, most recently closed first. */
export function wonCampaigns(): SeedCampaign[] {
  return seedCampaigns
    .filter((c) => c.status === "won")
    .sort((a, b) => (b.closedOn ?? b.publishedOn).localeCompare(a.closedOn ?? a.publishedOn));
}

export function campaignMatchesStatusFilter(campaign: SeedCampaign, filter: (typeof campaignFilterStatuses)[number]) {
  return filter === "open" ? openStatuses.includes(campaign.status) : campaign.status === filter;
}

/** A public campaign's countries: those of its defenders. */
export const campaignCountries = (campaign: SeedCampaign): string[] => [
  ...new Set(campaignDefenders(campaign).map((d) => d.country)),
];

/** Public campaigns that name `defenderSlug`. */
export const campaignsOfDefender = (defenderSlug: string): SeedCampaign[] =>
  publicCampaigns().filter((c) => c.defenderSlugs.includes(defenderSlug));

/**
 * Totals the home page may show as "actions taken": confirmed demo actions,
 * with or without the approved public items (solidarity messages, sign-ons),
 * over public campaigns or all of them.
 */
export function plausibleActionTotals(): number[] {
  const sum = (list: SeedCampaign[], withItems: boolean) =>
    list.reduce(
      (total, c) =>
        total + c.activity.reduce((n, a) => n + a.count, 0) + (withItems ? (c.publicItems?.length ?? 0) : 0),
      0,
    );
  const lists = [publicCampaigns(), [...seedCampaigns]];
  return [...new Set(lists.flatMap((list) => [sum(list, false), sum(list, true)]))];
}

/**
 * A regular expression for `n` as a page may format it: "12345", "12,345",
 * "12 345" (narrow or plain no-break space) or "12.345", not inside a longer number.
 */
export function numberPattern(n: number): RegExp {
  const digits = String(n);
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return new RegExp(`(?<![\\d.,])${groups.join("[,.\\s\\u00a0\\u202f]?")}(?![\\d]|[.,]\\d)`);
}

/** A word from the defender's name that no other defender's name or profession contains. */
export function distinctiveNamePart(d: SeedDefender): string | undefined {
  const others = seedDefenders.filter((o) => o.slug !== d.slug);
  const parts = d.name.split(/\s+/).filter((p) => p.length >= 3);
  return [...parts].reverse().find((part) => {
    const needle = part.toLowerCase();
    return !others.some((o) =>
      [o.name, o.nameNative ?? "", o.profession].some((text) => text.toLowerCase().includes(needle)),
    );
  });
}

/** Escapes text for use inside a RegExp. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
