import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import {
  actionCounters,
  actionKinds,
  actions,
  campaignDefenders,
  campaignTargets,
  campaignTranslations,
  campaignUpdateTranslations,
  campaigns,
  campaignUpdates,
  deliveries,
  defenders,
  targets,
  type ActionKind,
  type CampaignTargetRule,
  type campaignUpdateKinds,
  type TargetKind,
} from "@/db/schema";
import type { Locale } from "@/i18n/config";
import { cacheSeconds, cacheTags } from "@/lib/cache-tags";
import { decrypt } from "@/lib/crypto";
import { localize, type TranslationInfo } from "@/lib/translations";
import { cached } from "./cached";
import type { DefenderStatus } from "./public-campaigns";
import { updateVersionIn } from "./translations";
import { actionIsApproved, campaignIsPublic, type PublicCampaignStatus } from "./visibility";

export type CampaignUpdateKind = (typeof campaignUpdateKinds)[number];

export interface CampaignPageDefender {
  slug: string;
  name: string;
  nameNative: string | null;
  country: string;
  status: DefenderStatus;
}

/** Contact details of a target, exactly as a supporter would use them. */
export interface TargetContact {
  kind: TargetKind;
  honorific: string | null;
  name: string;
  title: string | null;
  representedState: string | null;
  hostCountry: string | null;
  addressLines: string[];
  city: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  xHandle: string | null;
  blueskyHandle: string | null;
  website: string | null;
  /** Demo or unverified details: must be labelled as example data wherever shown. */
  isExample: boolean;
}

export interface CampaignPageTarget {
  id: string;
  rule: CampaignTargetRule;
  responsibleState: string | null;
  /** Empty means every action kind the campaign enables. */
  actionKinds: ActionKind[];
  /** The fixed or fallback target; null for an embassy rule. */
  target: TargetContact | null;
  /** For an embassy rule: the known embassies of the responsible state, by host country. */
  embassies: TargetContact[];
}

/** What was handed to a target and how they answered, shown on the public timeline. */
export interface CampaignPageDelivery {
  id: string;
  deliveredOn: string;
  method: string;
  actionCount: number;
  targetName: string | null;
  response: string | null;
}

export interface CampaignPageUpdate {
  id: string;
  kind: CampaignUpdateKind;
  title: string;
  body: string;
  /** YYYY-MM-DD */
  occurredOn: string;
  /** In the page's language, or the original (flagged) when the update has no version in it. */
  translation: TranslationInfo<"title" | "body">;
}

/** The campaign's own words: what a version in another language translates. */
export type CampaignTextField = "title" | "summary" | "ask" | "storyMarkdown";

/** Everything /campaigns/[slug] renders except live counts and the public wall. */
export interface CampaignPage {
  slug: string;
  title: string;
  summary: string;
  ask: string;
  storyMarkdown: string;
  status: PublicCampaignStatus;
  goal: number | null;
  /** ISO instants. */
  deadline: string | null;
  publishedAt: string | null;
  closedAt: string | null;
  hashtags: string[];
  highRisk: boolean;
  actionKinds: ActionKind[];
  collectionPaused: boolean;
  defenders: CampaignPageDefender[];
  targets: CampaignPageTarget[];
  updates: CampaignPageUpdate[];
  deliveries: CampaignPageDelivery[];
  /** Title, summary, ask and story in the page's language, or the original (flagged) where there is no version. */
  translation: TranslationInfo<CampaignTextField>;
}

const contactColumns = {
  kind: targets.kind,
  honorific: targets.honorific,
  name: targets.name,
  title: targets.title,
  representedState: targets.representedState,
  hostCountry: targets.hostCountry,
  addressLines: targets.addressLines,
  city: targets.city,
  postcode: targets.postcode,
  phone: targets.phone,
  email: targets.email,
  xHandle: targets.xHandle,
  blueskyHandle: targets.blueskyHandle,
  website: targets.website,
  isExample: targets.isExample,
};

/** The campaign columns its page renders: the public page and the organisers' and admins' preview select the same. */
export const campaignPageColumns = {
  id: campaigns.id,
  slug: campaigns.slug,
  title: campaigns.title,
  summary: campaigns.summary,
  ask: campaigns.ask,
  storyMarkdown: campaigns.storyMarkdown,
  sourceLocale: campaigns.sourceLocale,
  status: campaigns.status,
  goal: campaigns.goal,
  deadline: campaigns.deadline,
  publishedAt: campaigns.publishedAt,
  closedAt: campaigns.closedAt,
  hashtags: campaigns.hashtags,
  highRisk: campaigns.highRisk,
  actionKinds: campaigns.actionKinds,
  collectionPaused: campaigns.collectionPaused,
};

async function selectPublicCampaign(slug: string) {
  const db = await getDb();
  const [row] = await db
    .select(campaignPageColumns)
    .from(campaigns)
    .where(and(eq(campaigns.slug, slug), campaignIsPublic()))
    .limit(1);
  return row;
}

async function selectCampaignDefenders(campaignId: string): Promise<CampaignPageDefender[]> {
  const db = await getDb();
  return db
    .select({
      slug: defenders.slug,
      name: defenders.name,
      nameNative: defenders.nameNative,
      country: defenders.country,
      status: defenders.status,
    })
    .from(campaignDefenders)
    .innerJoin(defenders, eq(defenders.id, campaignDefenders.defenderId))
    .where(eq(campaignDefenders.campaignId, campaignId))
    .orderBy(asc(campaignDefenders.position));
}

async function selectCampaignTargets(campaignId: string): Promise<CampaignPageTarget[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: campaignTargets.id,
      rule: campaignTargets.rule,
      responsibleState: campaignTargets.responsibleState,
      actionKinds: campaignTargets.actionKinds,
      targetId: targets.id,
      ...contactColumns,
    })
    .from(campaignTargets)
    .leftJoin(targets, eq(targets.id, campaignTargets.targetId))
    .where(eq(campaignTargets.campaignId, campaignId))
    .orderBy(asc(campaignTargets.position));
  const embassyStates = rows.filter((row) => row.rule === "embassy").map((row) => row.responsibleState);
  const embassies = await selectEmbassiesOf(embassyStates.filter((state): state is string => state !== null));
  return rows.map(({ id, rule, responsibleState, actionKinds, targetId, ...contact }) => ({
    id,
    rule,
    responsibleState,
    actionKinds,
    target: targetId ? (contact as TargetContact) : null,
    embassies: rule === "embassy" && responsibleState ? (embassies.get(responsibleState) ?? []) : [],
  }));
}

/** The embassies of several states in one query, grouped by the state they represent. */
async function selectEmbassiesOf(states: string[]): Promise<Map<string, TargetContact[]>> {
  const byState = new Map<string, TargetContact[]>();
  if (states.length === 0) return byState;
  const db = await getDb();
  const rows = await db
    .select(contactColumns)
    .from(targets)
    .where(and(eq(targets.kind, "embassy"), inArray(targets.representedState, states)))
    .orderBy(asc(targets.hostCountry), asc(targets.name));
  for (const row of rows) {
    const state = row.representedState ?? "";
    byState.set(state, [...(byState.get(state) ?? []), row]);
  }
  return byState;
}

async function selectCampaignUpdates(campaignId: string, locale: Locale, sourceLocale: string): Promise<CampaignPageUpdate[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: campaignUpdates.id,
      kind: campaignUpdates.kind,
      title: campaignUpdates.title,
      body: campaignUpdates.body,
      occurredOn: campaignUpdates.occurredOn,
      versionTitle: campaignUpdateTranslations.title,
      versionBody: campaignUpdateTranslations.body,
    })
    .from(campaignUpdates)
    .leftJoin(campaignUpdateTranslations, updateVersionIn(locale))
    .where(eq(campaignUpdates.campaignId, campaignId))
    .orderBy(desc(campaignUpdates.occurredOn), desc(campaignUpdates.createdAt));
  return rows.map(({ versionTitle, versionBody, ...row }) => {
    const { values, translation } = localize(locale, sourceLocale, { title: row.title, body: row.body }, { title: versionTitle, body: versionBody });
    return { ...row, ...values, translation };
  });
}

/** The campaign's version in `locale`, if it has one. */
async function selectCampaignVersion(campaignId: string, locale: Locale) {
  const db = await getDb();
  const [row] = await db
    .select({
      title: campaignTranslations.title,
      summary: campaignTranslations.summary,
      ask: campaignTranslations.ask,
      storyMarkdown: campaignTranslations.storyMarkdown,
    })
    .from(campaignTranslations)
    .where(and(eq(campaignTranslations.campaignId, campaignId), eq(campaignTranslations.locale, locale)))
    .limit(1);
  return row ?? null;
}

async function selectCampaignDeliveries(campaignId: string): Promise<CampaignPageDelivery[]> {
  const db = await getDb();
  return db
    .select({
      id: deliveries.id,
      deliveredOn: deliveries.deliveredOn,
      method: deliveries.method,
      actionCount: deliveries.actionCount,
      targetName: targets.name,
      response: deliveries.response,
    })
    .from(deliveries)
    .leftJoin(targets, eq(targets.id, deliveries.targetId))
    .where(eq(deliveries.campaignId, campaignId))
    .orderBy(desc(deliveries.deliveredOn), desc(deliveries.createdAt));
}

async function loadPublishedCampaign(slug: string, locale: Locale): Promise<CampaignPage | null> {
  const row = await selectPublicCampaign(slug);
  if (!row) return null;
  return campaignPageOf(row, locale);
}

/**
 * The page content of a campaign row (defenders, targets, timeline) in the
 * page's language, public or not: the caller has decided the viewer may see it
 * (the public loader above, or the uncached preview in campaign-review.ts).
 */
export async function campaignPageOf(row: NonNullable<Awaited<ReturnType<typeof selectPublicCampaign>>>, locale: Locale): Promise<CampaignPage> {
  const { id, deadline, publishedAt, closedAt, status, sourceLocale, title, summary, ask, storyMarkdown, ...rest } = row;
  const [campaignDefenderList, campaignTargetList, updates, campaignDeliveries, version] = await Promise.all([
    selectCampaignDefenders(id),
    selectCampaignTargets(id),
    selectCampaignUpdates(id, locale, sourceLocale),
    selectCampaignDeliveries(id),
    selectCampaignVersion(id, locale),
  ]);
  const { values, translation } = localize(locale, sourceLocale, { title, summary, ask, storyMarkdown }, version);
  return {
    ...rest,
    ...values,
    translation,
    status: status as PublicCampaignStatus,
    deadline: deadline?.toISOString() ?? null,
    publishedAt: publishedAt?.toISOString() ?? null,
    closedAt: closedAt?.toISOString() ?? null,
    defenders: campaignDefenderList,
    targets: campaignTargetList,
    updates,
    deliveries: campaignDeliveries,
  };
}

/**
 * A public campaign's page content by slug in the page's language (each field
 * from its version in `locale`, else the original, flagged), or null when it is
 * unknown or not public. Cached per slug and locale. For anyone.
 */
export function getPublishedCampaign(slug: string, locale: Locale): Promise<CampaignPage | null> {
  return cached(
    loadPublishedCampaign,
    {
      key: "published-campaign",
      tags: [cacheTags.campaigns, cacheTags.campaign(slug), cacheTags.defenders],
      revalidate: cacheSeconds.content,
    },
    slug,
    locale,
  );
}

export interface CampaignProgress {
  confirmed: number;
  selfReported: number;
  byKind: { kind: ActionKind; confirmed: number; selfReported: number }[];
  /** Every country with actions, most confirmed first; "not given" is left out. */
  byCountry: { country: string; confirmed: number; selfReported: number }[];
  /** The first few of byCountry with confirmed actions. */
  topCountries: { country: string; confirmed: number }[];
}

/** One read of the campaign's counter rows (a primary-key range), summed here rather than in two queries. */
async function loadCampaignProgress(slug: string, topCountryCount: number): Promise<CampaignProgress> {
  const db = await getDb();
  const rows = await db
    .select({
      kind: actionCounters.kind,
      country: actionCounters.country,
      confirmed: actionCounters.confirmed,
      selfReported: actionCounters.selfReported,
    })
    .from(actionCounters)
    .innerJoin(campaigns, eq(campaigns.id, actionCounters.campaignId))
    .where(and(eq(campaigns.slug, slug), campaignIsPublic()));
  const kinds = new Map<ActionKind, { kind: ActionKind; confirmed: number; selfReported: number }>();
  const countries = new Map<string, { country: string; confirmed: number; selfReported: number }>();
  for (const row of rows) {
    const kind = kinds.get(row.kind) ?? { kind: row.kind, confirmed: 0, selfReported: 0 };
    kind.confirmed += row.confirmed;
    kind.selfReported += row.selfReported;
    kinds.set(row.kind, kind);
    const code = row.country.trim();
    if (code === "--") continue;
    const country = countries.get(code) ?? { country: code, confirmed: 0, selfReported: 0 };
    country.confirmed += row.confirmed;
    country.selfReported += row.selfReported;
    countries.set(code, country);
  }
  const byKind = [...kinds.values()]
    .filter((row) => row.confirmed + row.selfReported > 0)
    .sort((a, b) => actionKinds.indexOf(a.kind) - actionKinds.indexOf(b.kind));
  const byCountry = [...countries.values()]
    .filter((row) => row.confirmed + row.selfReported > 0)
    .sort((a, b) => b.confirmed - a.confirmed || b.selfReported - a.selfReported || a.country.localeCompare(b.country));
  return {
    confirmed: byKind.reduce((sum, row) => sum + row.confirmed, 0),
    selfReported: byKind.reduce((sum, row) => sum + row.selfReported, 0),
    byKind,
    byCountry,
    topCountries: byCountry
      .filter((row) => row.confirmed > 0)
      .slice(0, topCountryCount)
      .map(({ country, confirmed }) => ({ country, confirmed })),
  };
}

/** Counts for a public campaign's progress section, from the counters. For anyone. */
export function getCampaignProgress(slug: string, topCountryCount = 5): Promise<CampaignProgress> {
  return cached(
    loadCampaignProgress,
    { key: "campaign-progress", tags: [cacheTags.campaign(slug), cacheTags.counters], revalidate: cacheSeconds.counters },
    slug,
    topCountryCount,
  );
}

export interface SolidarityMessage {
  id: number;
  /** Null when the supporter chose not to be named, and always on high-risk campaigns. */
  name: string | null;
  country: string | null;
  message: string;
  language: string | null;
}

export interface Signatory {
  id: number;
  name: string;
  country: string | null;
  website: string | null;
}

/** A letter writer's own paragraph, shown because they asked and a moderator approved it. */
export interface LetterParagraph {
  id: number;
  /** Null unless the writer agreed to be named. */
  name: string | null;
  country: string | null;
  text: string;
  language: string | null;
}

export interface CampaignPublicItems {
  /** The latest approved messages; how many were sent overall comes from the counters. */
  messages: SolidarityMessage[];
  /** The latest approved letter paragraphs; always empty on high-risk campaigns. */
  paragraphs: LetterParagraph[];
  /** Empty on high-risk campaigns, where organisation names are never shown either. */
  signatories: Signatory[];
}

async function loadCampaignPublicItems(slug: string, limit: number): Promise<CampaignPublicItems> {
  const db = await getDb();
  const approved = and(eq(campaigns.slug, slug), campaignIsPublic(), eq(actions.status, "confirmed"), actionIsApproved());
  const [messages, signatories, paragraphs] = await Promise.all([
    db
      .select({
        id: actions.id,
        name: sql<string | null>`case when ${campaigns.highRisk} or not ${actions.showName} then null else ${actions.publicName} end`,
        country: actions.country,
        sealedMessage: sql<string>`${actions.personalTextCiphertext}`,
        language: actions.language,
      })
      .from(actions)
      .innerJoin(campaigns, eq(campaigns.id, actions.campaignId))
      .where(and(approved, eq(actions.kind, "solidarity"), isNotNull(actions.personalTextCiphertext)))
      .orderBy(desc(actions.confirmedAt), desc(actions.id))
      .limit(limit),
    db
      .select({
        id: actions.id,
        name: sql<string>`${actions.organisationName}`,
        country: actions.country,
        website: actions.organisationWebsite,
      })
      .from(actions)
      .innerJoin(campaigns, eq(campaigns.id, actions.campaignId))
      .where(and(approved, eq(actions.kind, "org_signon"), isNotNull(actions.organisationName), eq(campaigns.highRisk, false)))
      .orderBy(asc(actions.organisationName))
      .limit(limit),
    db
      .select({
        id: actions.id,
        name: sql<string | null>`case when ${actions.showName} then ${actions.publicName} end`,
        country: actions.country,
        sealedText: sql<string>`${actions.personalTextCiphertext}`,
        language: actions.language,
      })
      .from(actions)
      .innerJoin(campaigns, eq(campaigns.id, actions.campaignId))
      .where(and(approved, eq(actions.kind, "letter"), eq(actions.showText, true), isNotNull(actions.personalTextCiphertext), eq(campaigns.highRisk, false)))
      .orderBy(desc(actions.confirmedAt), desc(actions.id))
      .limit(limit),
  ]);
  // Sealed at rest like every supporter's text; opened here only for the rows this page shows,
  // which their writers asked to publish and a moderator approved.
  return {
    messages: messages.map(({ sealedMessage, ...row }) => ({ ...row, message: decrypt(sealedMessage) })),
    signatories,
    paragraphs: paragraphs.map(({ sealedText, ...row }) => ({ ...row, text: decrypt(sealedText) })),
  };
}

/**
 * Approved solidarity messages, organisation sign-ons and letter paragraphs of a public campaign.
 * Names are dropped in the query on high-risk campaigns, so they never reach the page.
 */
export function listCampaignPublicItems(slug: string, limit = 60): Promise<CampaignPublicItems> {
  return cached(
    loadCampaignPublicItems,
    { key: "campaign-public-items", tags: [cacheTags.campaign(slug)], revalidate: cacheSeconds.publicItems },
    slug,
    limit,
  );
}
