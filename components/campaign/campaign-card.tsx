import Link from "@/i18n/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Heading, type HeadingLevel } from "@/components/ui/heading";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { CampaignCard as CampaignCardData } from "@/db/queries/public-campaigns";
import { UntranslatedNote } from "@/components/ui/untranslated-note";
import { countryName, goalFraction } from "@/lib/format";
import { fieldLanguage } from "@/lib/translations";
import { CampaignStatusBadge } from "./campaign-status-badge";
import { isolate } from "@/i18n/bidi";
import { Fragment } from "react";

/** A campaign in a list. The whole card is clickable; the link's name is the title. */
export async function CampaignCard({
  campaign,
  headingLevel = 3,
}: {
  campaign: CampaignCardData;
  headingLevel?: HeadingLevel;
}) {
  const [t, tStatus, format, locale] = await Promise.all([
    getTranslations("Common"),
    getTranslations("Enums.defenderStatus"),
    getFormatter(),
    getLocale(),
  ]);
  const fraction = goalFraction(campaign.actionsTaken, campaign.goal);
  const isOpen = campaign.status === "published" || campaign.status === "paused";
  return (
    <article className="group relative flex h-full flex-col rounded-xl border border-line bg-surface p-5 shadow-sm transition-shadow focus-within:shadow-md hover:shadow-md">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <CampaignStatusBadge status={campaign.status} />
        {isOpen && campaign.deadline ? (
          <span>{t("deadline", { date: format.dateTime(new Date(campaign.deadline), { dateStyle: "medium" }) })}</span>
        ) : null}
      </div>
      <Heading level={headingLevel} className="mt-3 text-xl font-semibold">
        <Link
          href={`/campaigns/${campaign.slug}`}
          className="text-ink no-underline after:absolute after:inset-0 after:rounded-xl after:content-[''] group-hover:underline"
        >
          <span {...fieldLanguage(campaign.translation, "title")}>{campaign.title}</span>
        </Link>
      </Heading>
      {campaign.defenders.length > 0 ? (
        <p className="mt-1 text-sm text-muted">
          <span className="sr-only">{t("defendersOfCampaign")}: </span>
          {campaign.defenders.map((d, index) => (
            <Fragment key={index}>
              {index > 0 ? " · " : null}
              {isolate((v) => t("defenderInCountry", { ...v, country: countryName(d.country, locale), status: tStatus(d.status) }), { name: d.name })}
            </Fragment>
          ))}
        </p>
      ) : null}
      <p {...fieldLanguage(campaign.translation, "summary")} className="mt-3 line-clamp-4 text-[0.975rem]">
        {campaign.summary}
      </p>
      <UntranslatedNote translation={campaign.translation} className="mt-2 text-xs text-muted" />
      <div className="mt-auto pt-5">
        {isOpen && fraction !== null && campaign.goal ? (
          <div className="space-y-1.5">
            <ProgressBar fraction={fraction} label={t("goalProgressLabel", { goal: campaign.goal })} />
            <p className="text-sm font-medium">
              {t("actionsOfGoal", { count: campaign.actionsTaken, goal: campaign.goal })}
            </p>
          </div>
        ) : (
          <p className="text-sm font-medium">{t("actionsTaken", { count: campaign.actionsTaken })}</p>
        )}
      </div>
    </article>
  );
}
