import { ImageResponse } from "next/og";
import { pageLocale } from "@/i18n/page-locale";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { drawableText, truncate } from "@/components/share/og-text";
import { ogFonts } from "@/components/share/og-fonts";
import { ogColors as colors, OgFrame, ogSize } from "@/components/share/og-frame";
import { getCampaignProgress, getPublishedCampaign } from "@/db/queries/public-campaign-page";
import { goalFraction } from "@/lib/format";

export const size = ogSize;
export const contentType = "image/png";
/** Like the page: rendered on first request, then cached; the counter job's "counters" tag refreshes the count. */
export const revalidate = 60;

type Props = { params: Promise<{ locale: string; slug: string }> };

/** The campaign's share card: title, defender(s), and the current count (and goal, when it has one). */
export default async function CampaignOpenGraphImage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const campaign = await getPublishedCampaign(slug, locale);
  if (!campaign) notFound();
  const [progress, t, format, fonts] = await Promise.all([
    getCampaignProgress(slug),
    getTranslations("CampaignStats"),
    getFormatter(),
    ogFonts(),
  ]);
  const title = truncate(drawableText(campaign.title), 110);
  const names = campaign.defenders.map((defender) => drawableText(defender.name)).filter(Boolean);
  const fraction = campaign.status === "published" ? goalFraction(progress.confirmed, campaign.goal) : null;
  const countText = drawableText(t("ogCount", { count: progress.confirmed }));

  return new ImageResponse(
    (
      <OgFrame site={t("ogSite")}>
        <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
          <div style={{ fontSize: title.length > 70 ? 52 : 64, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
          {names.length > 0 ? (
            <div style={{ fontSize: 32, color: colors.soft }}>
              {truncate(drawableText(t("ogFor", { names: format.list(names, { type: "conjunction" }) })), 90)}
            </div>
          ) : null}
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
          <div style={{ display: "flex", alignItems: "baseline", gap: 24 }}>
            <div style={{ fontSize: 44, fontWeight: 700, color: colors.accent }}>{countText}</div>
            {fraction !== null ? (
              <div style={{ fontSize: 28, color: colors.soft }}>{drawableText(t("ogGoal", { percent: fraction }))}</div>
            ) : null}
          </div>
          {fraction !== null ? (
            <div style={{ display: "flex", width: "100%", height: 14, borderRadius: 7, background: colors.brandDark }}>
              <div style={{ width: `${Math.round(fraction * 100)}%`, height: 14, borderRadius: 7, background: colors.accent }} />
            </div>
          ) : null}
        </div>
      </OgFrame>
    ),
    { ...size, fonts },
  );
}
