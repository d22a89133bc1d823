import Link from "@/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { RecentOutcome } from "@/db/queries/public-campaigns";
import { UntranslatedNote } from "@/components/ui/untranslated-note";
import { calendarDate } from "@/lib/format";
import { fieldLanguage } from "@/lib/translations";

/** Won campaigns and releases, newest first. */
export async function RecentOutcomes({ outcomes }: { outcomes: RecentOutcome[] }) {
  const [t, tUpdate, format] = await Promise.all([
    getTranslations("Home"),
    getTranslations("Enums.updateKind"),
    getFormatter(),
  ]);
  if (outcomes.length === 0) return <p className="mt-6 text-muted">{t("outcomesEmpty")}</p>;
  return (
    <ul className="mt-6 grid gap-4 md:grid-cols-2">
      {outcomes.map((outcome) => (
        <li key={`${outcome.campaignSlug}-${outcome.kind}-${outcome.occurredOn}`} className="flex gap-4 rounded-xl border border-line bg-surface p-5">
          <span aria-hidden="true" className="mt-1 inline-flex size-9 shrink-0 items-center justify-center rounded-full bg-tone-green-soft text-tone-green">
            <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
              <path d="M5 12.5l4.5 4.5L19 7.5" />
            </svg>
          </span>
          <div className="min-w-0">
            <p className="text-sm text-muted">
              <span className="font-semibold text-tone-green">
                {outcome.kind === "won" ? t("outcomeWon") : tUpdate(outcome.kind)}
              </span>
              {" · "}
              <time dateTime={outcome.occurredOn}>{format.dateTime(calendarDate(outcome.occurredOn), { dateStyle: "long" })}</time>
            </p>
            {outcome.title ? (
              <p {...fieldLanguage(outcome.translation, "title")} className="mt-1 font-semibold">
                {outcome.title}
              </p>
            ) : null}
            <p className="mt-1 text-sm">
              <Link href={`/campaigns/${outcome.campaignSlug}`} {...fieldLanguage(outcome.translation, "campaignTitle")}>
                {outcome.campaignTitle}
              </Link>
            </p>
            <UntranslatedNote translation={outcome.translation} className="mt-1 text-xs text-muted" />
          </div>
        </li>
      ))}
    </ul>
  );
}
