import { getLocale, getTranslations } from "next-intl/server";
import type { Signatory } from "@/db/queries/public-campaign-page";
import { countryName } from "@/lib/format";

/** Organisations that signed on. On high-risk campaigns only the count is shown. */
export async function Signatories({
  signatories,
  signedCount,
  highRisk,
}: {
  signatories: Signatory[];
  signedCount: number;
  highRisk: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("Campaign"), getLocale()]);
  return (
    <section aria-labelledby="signatories-heading">
      <h2 id="signatories-heading" className="text-3xl font-semibold">
        {t("signatoriesHeading")}
      </h2>
      {highRisk ? (
        <p className="mt-3">{t("highRiskSignatories", { count: signedCount })}</p>
      ) : signatories.length === 0 ? (
        <p className="mt-3">{t("signatoriesEmpty")}</p>
      ) : (
        <>
          <p className="mt-2 text-muted">
            {signedCount > signatories.length
              ? t("signatoriesListed", { count: signedCount })
              : t("signatoriesCount", { count: signatories.length })}
          </p>
          <ul className="mt-5 grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
            {signatories.map((signatory) => (
              <li key={signatory.id} className="border-b border-line pb-3">
                <p className="font-semibold">
                  {signatory.website && /^https?:\/\//i.test(signatory.website) ? (
                    <a href={signatory.website} rel="nofollow noopener noreferrer">
                      <bdi>{signatory.name}</bdi>
                    </a>
                  ) : (
                    <bdi>{signatory.name}</bdi>
                  )}
                </p>
                {signatory.country ? <p className="text-sm text-muted">{countryName(signatory.country, locale)}</p> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
