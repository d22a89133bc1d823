import { getTranslations } from "next-intl/server";
import { languageTags, localizeHref, type Locale } from "@/i18n/config";
import { env } from "@/lib/env";
import { countryName } from "@/lib/format";
import { campaignJsonLd, defenderJsonLd, siteJsonLd } from "@/lib/structured-data";
import { JsonLd, requestNonce } from "./json-ld";

/*
 * The public pages' schema.org data (ADR 0026), from what each page already
 * shows. The home page is rendered per request and carries the CSP nonce; the
 * campaign and defender pages are cached whole (ISR) and have none.
 */

async function site(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const siteUrl = new URL("/", env().SITE_URL).toString();
  return { siteUrl, siteName: t("siteName"), description: t("description"), absolute: (path: string) => new URL(localizeHref(path, locale), siteUrl).toString() };
}

/** Home: WebSite and Organization. Reads the request's nonce: for pages rendered per request only. */
export async function SiteJsonLd({ locale }: { locale: Locale }) {
  const [{ absolute, ...base }, nonce] = await Promise.all([site(locale), requestNonce()]);
  return <JsonLd nonce={nonce} data={siteJsonLd({ ...base, url: absolute("/"), language: languageTags[locale] })} />;
}

interface CampaignInput {
  slug: string;
  title: string;
  summary: string;
  publishedAt: string | null;
  hashtags: string[];
  defenders: { slug: string; name: string }[];
}

/** A campaign page: Article about its defenders (names as the page shows them). */
export async function CampaignJsonLd({ campaign, locale }: { campaign: CampaignInput; locale: Locale }) {
  const { absolute, ...base } = await site(locale);
  const data = campaignJsonLd({
    ...base,
    url: absolute(`/campaigns/${campaign.slug}`),
    title: campaign.title,
    summary: campaign.summary,
    language: languageTags[locale],
    publishedAt: campaign.publishedAt,
    keywords: campaign.hashtags,
    defenders: campaign.defenders.map((defender) => ({ name: defender.name, url: absolute(`/defenders/${defender.slug}`) })),
  });
  return <JsonLd data={data} />;
}

interface DefenderInput {
  slug: string;
  name: string;
  nameNative: string | null;
  profession: string | null;
  summary: string;
  country: string;
  photoPath: string | null;
}

/** A defender's profile: ProfilePage about a Person. */
export async function DefenderJsonLd({ defender, locale }: { defender: DefenderInput; locale: Locale }) {
  const { absolute, ...base } = await site(locale);
  const data = defenderJsonLd({
    ...base,
    url: absolute(`/defenders/${defender.slug}`),
    name: defender.name,
    nameNative: defender.nameNative,
    profession: defender.profession,
    summary: defender.summary,
    country: countryName(defender.country, locale),
    image: defender.photoPath ? new URL(`/media/${defender.photoPath}`, base.siteUrl).toString() : null,
    language: languageTags[locale],
  });
  return <JsonLd data={data} />;
}
