import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/i18n/link";
import { listCampaignChannelWarnings } from "@/db/queries/channel-health";
import type { Viewer } from "@/lib/permissions";

/** A warning when the campaign relies on a target channel that is failing (ADR 0028). */
export async function ChannelWarnings({ viewer, campaignId }: { viewer: Viewer; campaignId: string }) {
  const [warnings, t, locale] = await Promise.all([listCampaignChannelWarnings(viewer, campaignId), getTranslations("ChannelHealth"), getLocale()]);
  if (warnings.length === 0) return null;
  const date = (value: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(value);
  return (
    <section aria-labelledby="channel-warnings-heading" className="rounded-xl border border-line bg-tone-amber-soft p-4 text-tone-amber">
      <h2 id="channel-warnings-heading" className="text-xl font-semibold">
        {t("campaignWarning.heading")}
      </h2>
      <p className="mb-2">{t("campaignWarning.lead")}</p>
      <ul className="list-disc ps-6">
        {warnings.map((warning) => (
          <li key={`${warning.targetId}-${warning.channel}`}>
            <Link href={`/organise/targets/${warning.targetId}`}>
              {t("campaignWarning.item", { target: warning.targetName, channel: t(`channel.${warning.channel}`), date: date(warning.since) })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
