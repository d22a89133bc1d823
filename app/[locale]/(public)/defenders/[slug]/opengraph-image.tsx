import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { ogFonts } from "@/components/share/og-fonts";
import { ogColors, OgFrame, ogSize } from "@/components/share/og-frame";
import { drawableText, truncate } from "@/components/share/og-text";
import { getPublicDefender } from "@/db/queries/public-defenders";
import { countryName } from "@/lib/format";

export const size = ogSize;
export const contentType = "image/png";
/** Like the profile page: rendered on first request, then cached; the defender's tags refresh it. */
export const revalidate = 60;

type Props = { params: Promise<{ locale: string; slug: string }> };

/**
 * A defender's share card: name, profession, country and status. Only for a
 * public profile (db/queries/visibility.ts): a quiet or rejected one is a 404,
 * which names no one.
 */
export default async function DefenderOpenGraphImage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const defender = await getPublicDefender(slug, locale);
  if (!defender) notFound();
  const [t, tDefender, tStatus, fonts] = await Promise.all([
    getTranslations("CampaignStats"),
    getTranslations("Defender"),
    getTranslations("Enums.defenderStatus"),
    ogFonts(),
  ]);
  const name = truncate(drawableText(defender.name), 60);
  const profession = defender.profession ? truncate(drawableText(defender.profession), 80) : "";
  const role = truncate(drawableText(tDefender("ogRole", { country: countryName(defender.country, locale) })), 90);

  return new ImageResponse(
    (
      <OgFrame site={t("ogSite")}>
        <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
          <div style={{ fontSize: name.length > 30 ? 64 : 80, fontWeight: 700, lineHeight: 1.1 }}>{name}</div>
          {profession ? <div style={{ fontSize: 34, color: ogColors.soft }}>{profession}</div> : null}
          {role ? <div style={{ fontSize: 30, color: ogColors.soft }}>{role}</div> : null}
        </div>
        <div style={{ display: "flex" }}>
          <div
            style={{ display: "flex", padding: "8px 20px", borderRadius: 8, background: ogColors.accent, color: ogColors.brandDark, fontSize: 32, fontWeight: 700 }}
          >
            {drawableText(tStatus(defender.status)) || defender.status}
          </div>
        </div>
      </OgFrame>
    ),
    { ...size, fonts },
  );
}
