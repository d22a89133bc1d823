import Link from "@/i18n/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DefenderInitials } from "@/components/defender/defender-initials";
import { DefenderStatusBadge } from "@/components/defender/defender-status-badge";
import type { CampaignPageDefender } from "@/db/queries/public-campaign-page";
import { countryName } from "@/lib/format";

/** The defenders a campaign is for, each linking to their profile by name. */
export async function CampaignDefenders({ defenders }: { defenders: CampaignPageDefender[] }) {
  const [t, locale] = await Promise.all([getTranslations("Campaign"), getLocale()]);
  if (defenders.length === 0) return null;
  return (
    <section aria-labelledby="campaign-defenders-heading" className="mt-6">
      <h2 id="campaign-defenders-heading" className="sr-only">
        {t("defendersHeading")}
      </h2>
      <ul className="flex flex-wrap gap-3">
        {defenders.map((defender) => (
          <li key={defender.slug} className="flex items-center gap-3 rounded-full border border-line bg-surface py-1.5 pe-4 ps-1.5">
            <DefenderInitials name={defender.name} />
            <div className="leading-tight">
              <Link href={`/defenders/${defender.slug}`} dir="auto" className="font-semibold">
                {defender.name}
              </Link>
              <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
                <DefenderStatusBadge status={defender.status} />
                <span>{countryName(defender.country, locale)}</span>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
