import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ActionKindList } from "@/components/campaign/action-kind-list";
import type { CampaignPage } from "@/db/queries/public-campaign-page";
import { actionPath } from "@/lib/routes";

function closedNoticeKey(campaign: CampaignPage) {
  if (campaign.status === "won") return "actWon" as const;
  if (campaign.status === "closed") return "actClosed" as const;
  if (campaign.status === "paused" || campaign.collectionPaused) return "actPaused" as const;
  return null;
}

/** The actions this campaign asks for, or why it no longer asks. */
export async function TakeAction({ campaign }: { campaign: CampaignPage }) {
  const [t, tLetter] = await Promise.all([getTranslations("Campaign"), getTranslations("SupporterActions.letter")]);
  const notice = closedNoticeKey(campaign);
  return (
    <section aria-labelledby="act-heading">
      <h2 id="act-heading" className="text-2xl font-semibold">
        {t("actHeading")}
      </h2>
      {notice ? (
        <p className={`mt-3 rounded-lg p-3 text-sm ${notice === "actWon" ? "bg-tone-green-soft text-tone-green" : "bg-tone-grey-soft"}`}>
          {t(notice)}
        </p>
      ) : campaign.actionKinds.length === 0 ? (
        <p className="mt-3">{t("actNone")}</p>
      ) : (
        <>
          {campaign.actionKinds.includes("letter") ? (
            <p className="mt-3">
              <Link
                href={actionPath(campaign.slug, "letter")}
                className="inline-flex min-h-12 w-full items-center justify-center rounded-md bg-brand px-5 py-3 text-lg font-semibold text-white hover:bg-brand-dark"
              >
                {tLetter("cta")}
              </Link>
            </p>
          ) : null}
          <p className="mt-2 text-muted">{t("actLead")}</p>
          <div className="mt-3">
            <ActionKindList kinds={campaign.actionKinds} campaignSlug={campaign.slug} />
          </div>
        </>
      )}
    </section>
  );
}
