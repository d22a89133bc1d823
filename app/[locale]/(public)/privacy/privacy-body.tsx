import Link from "@/i18n/link";
import { confirmWindowDays } from "@/db/queries/signatures";
import type { Env } from "@/lib/env";

/** The durations the page states, read from the settings that enforce them (lib/env.ts, db/queries/signatures.ts), so the page cannot drift from them. */
export function privacyFacts(settings: Pick<Env, "RETENTION_MONTHS" | "IP_HASH_RETENTION_DAYS" | "MAIL_RETENTION_DAYS">) {
  return {
    months: settings.RETENTION_MONTHS,
    ipDays: settings.IP_HASH_RETENTION_DAYS,
    mailDays: settings.MAIL_RETENTION_DAYS,
    confirmDays: confirmWindowDays,
  };
}

export type PrivacyFacts = ReturnType<typeof privacyFacts>;
type Translate = (key: string, values?: Record<string, number>) => string;

/** Each section: its heading key and its paragraphs' keys (messages/<locale>/Privacy.json). */
const sections = [
  ["stored", ["storedSupporters", "storedAccounts", "storedOrganisers"]],
  ["encrypted", ["encryptedSealed", "encryptedHashes", "encryptedClear"]],
  ["retention", ["retentionConfirm", "retentionIp", "retentionMail", "retentionCampaign", "retentionCounts"]],
  ["who", ["whoPublic", "whoOrganisers", "whoAdmins", "whoNobody"]],
  ["cookies", ["cookieSession", "cookieLocale", "cookieNone"]],
  ["thirdParty", ["thirdPartyNone"]],
] as const;

/** The privacy page's text, in the language `t` speaks, with the real durations. */
export function PrivacyBody({ t, facts }: { t: Translate; facts: PrivacyFacts }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-14 sm:px-6">
      <h1 className="text-4xl font-semibold tracking-tight">{t("heading")}</h1>
      <p className="mt-4 text-lg text-muted">{t("lead")}</p>
      {sections.map(([heading, paragraphs]) => (
        <section key={heading} aria-labelledby={`privacy-${heading}`} className="mt-10 space-y-3">
          <h2 id={`privacy-${heading}`} className="text-2xl font-semibold">
            {t(`${heading}Heading`)}
          </h2>
          {paragraphs.map((key) => (
            <p key={key} className="leading-relaxed">
              {t(key, facts)}
            </p>
          ))}
        </section>
      ))}
      <section aria-labelledby="privacy-rights" className="mt-10 space-y-3">
        <h2 id="privacy-rights" className="text-2xl font-semibold">
          {t("rightsHeading")}
        </h2>
        <p className="leading-relaxed">{t("rights", facts)}</p>
        <p>
          <Link href="/account" className="underline">
            {t("rightsLink")}
          </Link>
        </p>
      </section>
    </div>
  );
}
