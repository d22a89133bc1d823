import type { Metadata } from "next";
import Link from "@/i18n/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { confirmWindowDays, getConfirmation, type ConfirmationSummary } from "@/db/queries/signatures";
import { actionKindTable } from "@/lib/action-kinds";
import { countryName } from "@/lib/format";
import { routes } from "@/lib/routes";
import { ConfirmForm } from "./confirm-form";

type Props = { params: Promise<{ token: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SupporterActions.confirm");
  // The URL holds a secret: keep it out of search engines, and send it to no other site as a referrer
  // ("same-origin" rather than "no-referrer", which would make the Confirm POST carry Origin: null).
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

function Shell({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <article className="mx-auto max-w-2xl px-4 py-14 sm:px-6">
      <h1 className="text-4xl font-semibold tracking-tight">{heading}</h1>
      <div className="mt-4 space-y-4 text-lg">{children}</div>
    </article>
  );
}

/** What the link is for, in the words its kind's row names (lib/action-kinds.ts `confirmation.summary`). */
async function summaryText(summary: ConfirmationSummary): Promise<string> {
  const t = await getTranslations();
  const values = { campaign: summary.campaignTitle, organisation: summary.organisationName ?? "" };
  return t(actionKindTable[summary.kind].confirmation?.summary ?? "SupporterActions.confirm.summary.other", values);
}

/** Shows what a confirmation link is for and a Confirm button; reading this page changes nothing. */
export default async function ConfirmPage({ params }: Props) {
  const { token } = await params;
  const [summary, t, locale] = await Promise.all([getConfirmation(token), getTranslations("SupporterActions.confirm"), getLocale()]);
  const campaignLink = summary ? (
    <p>
      <Link href={routes.campaign(summary.campaignSlug)} className="text-brand underline">
        {t("toCampaign")}
      </Link>
    </p>
  ) : null;

  if (!summary) {
    return (
      <Shell heading={t("unknownHeading")}>
        <p>{t("unknown")}</p>
        <p>
          <Link href="/campaigns" className="text-brand underline">
            {t("toCampaigns")}
          </Link>
        </p>
      </Shell>
    );
  }
  if (summary.state === "confirmed") {
    return (
      <Shell heading={t("confirmedHeading")}>
        <p>{t("confirmed")}</p>
        {campaignLink}
      </Shell>
    );
  }
  if (summary.state === "expired") {
    return (
      <Shell heading={t("expiredHeading")}>
        <p>{t("expired", { days: confirmWindowDays })}</p>
        {campaignLink}
      </Shell>
    );
  }
  if (summary.state === "withdrawn") {
    return (
      <Shell heading={t("withdrawnHeading")}>
        <p>{t("withdrawn")}</p>
        {campaignLink}
      </Shell>
    );
  }
  return (
    <Shell heading={t("heading")}>
      <p>{await summaryText(summary)}</p>
      {summary.country ? <p className="text-muted">{t("from", { country: countryName(summary.country, locale) })}</p> : null}
      <p>{t("explain")}</p>
      <ConfirmForm token={token} label={t("button")} pendingLabel={t("confirming")} />
    </Shell>
  );
}
