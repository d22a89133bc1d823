import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { findUnsubscribeSubject } from "@/db/queries/campaign-updates";
import { UnsubscribeForm } from "./unsubscribe-form";

type Props = { params: Promise<{ token: string }> };

// Per-recipient and changes when they unsubscribe: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CampaignUpdates.unsubscribe");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function UnsubscribePage({ params }: Props) {
  const { token } = await params;
  const [subject, t] = await Promise.all([findUnsubscribeSubject(token), getTranslations("CampaignUpdates.unsubscribe")]);

  return (
    <div className="mx-auto max-w-2xl px-4 py-14 sm:px-6">
      {subject ? (
        <>
          <h1 className="text-4xl font-semibold tracking-tight">{t("heading")}</h1>
          <UnsubscribeForm
            token={token}
            alreadyUnsubscribed={subject.alreadyUnsubscribed}
            text={{
              lead: t("lead", { campaign: subject.campaignTitle }),
              already: t("already", { campaign: subject.campaignTitle }),
              submit: t("submit"),
              submitting: t("submitting"),
            }}
          />
        </>
      ) : (
        <>
          <h1 className="text-4xl font-semibold tracking-tight">{t("invalidHeading")}</h1>
          <p className="mt-4 text-lg text-muted">{t("invalid")}</p>
        </>
      )}
    </div>
  );
}
