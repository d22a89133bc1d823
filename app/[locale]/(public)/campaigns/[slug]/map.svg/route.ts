import { getTranslations } from "next-intl/server";
import { defaultLocale, isLocale } from "@/i18n/config";
import { worldMapSvg } from "@/components/map/world-map-svg";
import { getCampaignProgress, getPublishedCampaign } from "@/db/queries/public-campaign-page";
import { countryName } from "@/lib/format";

/**
 * The campaign's world map as an image. Cached like the campaign page (ISR,
 * refreshed by the counters tag); the page links it with ?v=<confirmed
 * count>, so browsers fetch it again only when the numbers changed.
 */
export const revalidate = 60;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  // From the route's own param, never the request: the map is cached whole per language.
  const { locale: requested, slug } = await params;
  const locale = isLocale(requested) ? requested : defaultLocale;
  const campaign = await getPublishedCampaign(slug, locale);
  if (!campaign) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const [progress, t] = await Promise.all([getCampaignProgress(slug), getTranslations({ locale, namespace: "CampaignStats" })]);
  const counts = new Map(progress.byCountry.map((row) => [row.country, row.confirmed]));
  const svg = worldMapSvg(counts, (code, count) => t("mapCountry", { country: countryName(code, locale), count }));
  return new Response(svg, { headers: { "content-type": "image/svg+xml; charset=utf-8", "x-content-type-options": "nosniff" } });
}
