import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { campaignAccess } from "@/db/queries/access";
import { getCampaignConsent, isConsenting, type CampaignConsent, type ConsentStatus } from "@/db/queries/consent-gate";
import { campaignTargetColumns } from "@/db/queries/organise-campaigns";
import { campaignPageColumns, campaignPageOf, type CampaignPage } from "@/db/queries/public-campaign-page";
import { templateColumns } from "@/db/queries/templates";
import { campaignDefenders, campaigns, campaignTargets, campaignTranslations, defenders, targets, templates } from "@/db/schema";
import type { ActionKind, CampaignTargetRule, campaignStatuses, templateKinds } from "@/db/schema/enums";
import type { Locale } from "@/i18n/config";
import { isUuid } from "@/lib/ids";
import { assertCan, type Viewer } from "@/lib/permissions";

type CampaignStatus = (typeof campaignStatuses)[number];

export interface ReviewDefender {
  id: string;
  slug: string;
  name: string;
  country: string;
  consentStatus: ConsentStatus;
  consenting: boolean;
  consentGivenBy: string | null;
  consentMethod: string | null;
  consentGivenOn: string | null;
  consentNote: string | null;
  quiet: boolean;
}

export interface ReviewTarget {
  id: string;
  rule: CampaignTargetRule;
  responsibleState: string | null;
  actionKinds: ActionKind[];
  targetName: string | null;
  targetTitle: string | null;
  hostCountry: string | null;
  email: string | null;
  phone: string | null;
  xHandle: string | null;
  isExample: boolean | null;
}

export interface ReviewTemplate {
  id: string;
  kind: (typeof templateKinds)[number];
  language: string;
  subject: string | null;
  body: string;
  targetName: string | null;
}

export interface CampaignForReview {
  id: string;
  slug: string;
  title: string;
  summary: string;
  ask: string;
  storyMarkdown: string;
  status: CampaignStatus;
  goal: number | null;
  deadline: Date | null;
  hashtags: string[];
  highRisk: boolean;
  actionKinds: ActionKind[];
  defenders: ReviewDefender[];
  targets: ReviewTarget[];
  templates: ReviewTemplate[];
  /** The language the words above are written in. */
  sourceLocale: string;
  /** What it says in other languages (campaign_translations): reviewed with the original. */
  versions: ReviewVersion[];
  consent: CampaignConsent;
}

export interface ReviewVersion {
  locale: string;
  title: string;
  summary: string;
  ask: string;
  storyMarkdown: string;
}

/**
 * Everything an admin needs to decide a campaign in review: what it says
 * (story, ask, in every language it has), whom it names (defenders, with their consent record), whom it
 * addresses (targets with their rule and the contact details supporters will
 * use), and the prepared texts. For moderators only; null when unknown.
 */
export async function getCampaignForReview(viewer: Viewer, campaignId: string): Promise<CampaignForReview | null> {
  assertCan(viewer, "moderation:decide:any");
  if (!isUuid(campaignId)) return null;
  const db = await getDb();
  const [campaign] = await db
    .select({
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
      hashtags: campaigns.hashtags,
      highRisk: campaigns.highRisk,
      actionKinds: campaigns.actionKinds,
    })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  if (!campaign) return null;
  const [defenderRows, targetRows, templateRows, versions, consent] = await Promise.all([
    db
      .select({
        id: defenders.id,
        slug: defenders.slug,
        name: defenders.name,
        country: defenders.country,
        consentStatus: defenders.consentStatus,
        consentGivenBy: defenders.consentGivenBy,
        consentMethod: defenders.consentMethod,
        consentGivenOn: defenders.consentGivenOn,
        consentNote: defenders.consentNote,
        quiet: defenders.paused,
      })
      .from(campaignDefenders)
      .innerJoin(defenders, eq(defenders.id, campaignDefenders.defenderId))
      .where(eq(campaignDefenders.campaignId, campaignId))
      .orderBy(asc(campaignDefenders.position)),
    db
      .select({
        ...campaignTargetColumns,
        targetTitle: targets.title,
        hostCountry: targets.hostCountry,
        email: targets.email,
        phone: targets.phone,
        xHandle: targets.xHandle,
        isExample: targets.isExample,
      })
      .from(campaignTargets)
      .leftJoin(targets, eq(targets.id, campaignTargets.targetId))
      .where(eq(campaignTargets.campaignId, campaignId))
      .orderBy(asc(campaignTargets.position)),
    db
      .select(templateColumns)
      .from(templates)
      .leftJoin(targets, eq(targets.id, templates.targetId))
      .where(eq(templates.campaignId, campaignId))
      .orderBy(asc(templates.kind), asc(templates.language)),
    db
      .select({
        locale: campaignTranslations.locale,
        title: campaignTranslations.title,
        summary: campaignTranslations.summary,
        ask: campaignTranslations.ask,
        storyMarkdown: campaignTranslations.storyMarkdown,
      })
      .from(campaignTranslations)
      .where(eq(campaignTranslations.campaignId, campaignId))
      .orderBy(asc(campaignTranslations.locale)),
    getCampaignConsent(viewer, campaignId),
  ]);
  return {
    ...campaign,
    defenders: defenderRows.map((row) => ({ ...row, consenting: isConsenting(row.consentStatus) })),
    targets: targetRows,
    templates: templateRows,
    versions,
    consent: consent ?? { gaps: [], override: null, publishable: true },
  };
}

/**
 * A campaign that is not public yet (a draft, or in review), as its public
 * page would show it: for the admins and the campaign's own organisers only
 * (the WHERE holds campaignAccess "read"), never cached (the preview page
 * renders per request). Null for anyone else, and once the campaign has
 * left review (its public page, if any, is the real one).
 */
export async function getCampaignPreview(viewer: Viewer | null, slug: string, locale: Locale): Promise<{ page: CampaignPage; status: CampaignStatus } | null> {
  if (!viewer || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 200) return null;
  const db = await getDb();
  const [row] = await db
    .select(campaignPageColumns)
    .from(campaigns)
    .where(and(eq(campaigns.slug, slug), inArray(campaigns.status, ["draft", "in_review"]), campaignAccess(viewer, "read")))
    .limit(1);
  if (!row) return null;
  return { page: await campaignPageOf(row, locale), status: row.status };
}
