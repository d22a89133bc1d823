import { getLocale, getTranslations } from "next-intl/server";
import { reportedOnlyKinds } from "@/components/campaign/stats/counted-as";
import { goalMilestones } from "@/components/campaign/stats/milestones";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { CampaignProgress as CampaignProgressData } from "@/db/queries/public-campaign-page";
import { countryName, goalFraction } from "@/lib/format";
import { kindMessageKey } from "@/lib/action-kinds";

/** Confirmed counts from the counters, with self-reported actions kept apart; goal and milestones when open. */
export async function CampaignProgress({ progress, goal }: { progress: CampaignProgressData; goal: number | null }) {
  const [t, tStats, tCommon, tKind, locale] = await Promise.all([
    getTranslations("Campaign"),
    getTranslations("CampaignStats"),
    getTranslations("Common"),
    getTranslations(),
    getLocale(),
  ]);
  const fraction = goalFraction(progress.confirmed, goal);
  const milestones = goalMilestones(progress.confirmed, goal);
  return (
    <section aria-labelledby="progress-heading" className="rounded-xl border border-line bg-surface p-5 shadow-sm">
      <h2 id="progress-heading" className="text-2xl font-semibold">
        {t("progressHeading")}
      </h2>
      <p className="mt-3" data-testid="campaign-total">
        <span className="block font-serif text-4xl font-semibold text-brand">{progress.confirmed.toLocaleString(locale)}</span>
        <span className="text-muted">{t("progressTotal", { count: progress.confirmed })}</span>
      </p>
      {fraction !== null && goal ? (
        <div className="mt-3 space-y-1.5">
          <ProgressBar fraction={fraction} label={tCommon("goalProgressLabel", { goal })} />
          <p className="text-sm text-muted">{t("progressGoal", { percent: fraction, goal })}</p>
        </div>
      ) : null}
      {progress.confirmed === 0 ? <p className="mt-3 text-sm">{t("progressNone")}</p> : null}
      {milestones.length > 0 ? (
        <div className="mt-5">
          <h3 className="font-sans text-sm font-semibold tracking-wide text-muted uppercase">{tStats("milestonesHeading")}</h3>
          <ol className="mt-2 space-y-1 text-sm">
            {milestones.map((milestone) => (
              <li key={milestone.fraction} className="flex items-baseline gap-2">
                <span aria-hidden="true" className={milestone.reached ? "text-tone-green" : "text-muted"}>
                  {milestone.reached ? "●" : "○"}
                </span>
                <span>
                  {tStats("milestone", { percent: milestone.fraction, count: milestone.count })}
                  <span className={`block ${milestone.reached ? "font-semibold text-tone-green" : "text-muted"}`}>
                    {milestone.reached
                      ? tStats("milestoneReached")
                      : tStats("milestoneAhead", { remaining: milestone.count - progress.confirmed })}
                  </span>
                </span>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {progress.byKind.length > 0 ? (
        <div className="mt-5">
          <h3 className="font-sans text-sm font-semibold tracking-wide text-muted uppercase">{t("progressByKind")}</h3>
          <dl className="mt-2 divide-y divide-line text-sm">
            {progress.byKind.map((row) => (
              <div key={row.kind} className="flex justify-between gap-3 py-1.5">
                <dt>{tKind(kindMessageKey(row.kind, "short"))}</dt>
                <dd className="text-end">
                  {/* A call or an email to an official is never "confirmed": only reported (counted-as.ts). */}
                  {!reportedOnlyKinds.has(row.kind) || row.confirmed > 0 ? (
                    <span className="block font-semibold tabular-nums">{tStats("byKindConfirmed", { count: row.confirmed })}</span>
                  ) : null}
                  {row.selfReported > 0 ? (
                    <span className="block text-muted tabular-nums">
                      {tStats("byKindSelfReported", { count: row.selfReported })}
                    </span>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      {progress.topCountries.length > 0 ? (
        <div className="mt-5">
          <h3 className="font-sans text-sm font-semibold tracking-wide text-muted uppercase">{t("progressTopCountries")}</h3>
          <ol className="mt-2 divide-y divide-line text-sm">
            {progress.topCountries.map((row) => (
              <li key={row.country} className="flex justify-between gap-3 py-1.5">
                <span>{countryName(row.country, locale)}</span>
                <span className="font-semibold tabular-nums">{row.confirmed.toLocaleString(locale)}</span>
              </li>
            ))}
          </ol>
          <p className="mt-2 text-sm">
            <a href="#countries-heading">{tStats("countriesHeading")}</a>
          </p>
        </div>
      ) : null}
      {progress.selfReported > 0 ? (
        <p className="mt-4 text-sm text-muted">{t("progressSelfReported", { count: progress.selfReported })}</p>
      ) : null}
    </section>
  );
}
