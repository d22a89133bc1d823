import { getLocale, getTranslations } from "next-intl/server";
import type { SupporterTarget } from "@/db/queries/supporter-targets";
import { countryName } from "@/lib/format";
import type { ResolvedTarget } from "@/lib/targets/resolve";

/** Who the letter goes to and why this one: the embassy in the supporter's country, or the fallback. */
export async function LetterTargets({ targets, country }: { targets: ResolvedTarget<SupporterTarget>[]; country: string | null }) {
  const [t, tKind, locale] = await Promise.all([
    getTranslations("SupporterActions.letter"),
    getTranslations("Enums.targetKind"),
    getLocale(),
  ]);
  const reason = ({ reason, responsibleState }: ResolvedTarget<SupporterTarget>) => {
    const state = responsibleState ? countryName(responsibleState, locale) : "";
    if (reason === "fixed") return t("reason.fixed");
    if (reason === "embassy_in_supporter_country") return t("reason.embassy_in_supporter_country", { state, country: countryName(country ?? "", locale) });
    return country
      ? t("reason.fallback_no_embassy", { state, country: countryName(country, locale) })
      : t("reason.fallback_no_country", { state });
  };
  return (
    <section aria-labelledby="targets-heading" className="mt-10">
      <h2 id="targets-heading" className="text-2xl font-semibold">
        {t("targetsHeading")}
      </h2>
      {country ? null : <p className="mt-2 text-muted">{t("noCountry")}</p>}
      {targets.length === 0 ? (
        <p className="mt-3">{t("noTargets")}</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {targets.map((entry) => (
            <li
              key={entry.target.id}
              className={`rounded-lg border bg-surface p-4 ${entry.contactable ? "border-line" : "border-dashed border-tone-amber/60"}`}
            >
              <p className="font-semibold">
                <bdi>{[entry.target.honorific, entry.target.name].filter(Boolean).join(" ")}</bdi>
              </p>
              {entry.target.title ? <p className="text-sm text-muted">{entry.target.title}</p> : null}
              <p className="text-xs tracking-wide text-muted uppercase">{tKind(entry.target.kind)}</p>
              <p className="mt-2">{reason(entry)}</p>
              {entry.contactable ? null : (
                <p className="mt-2 text-sm text-tone-amber">
                  <span className="me-2 rounded bg-tone-amber-soft px-2 py-0.5 font-semibold">{t("example")}</span>
                  {t("exampleHint")}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
