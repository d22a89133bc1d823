import { getTranslations } from "next-intl/server";
import { ActionKindList } from "@/components/campaign/action-kind-list";
import type { CampaignPage } from "@/db/queries/public-campaign-page";

function closedNoticeKey(campaign: CampaignPage) {
  if (campaign.status === "won") return "actWon" as const;
  if (campaign.status === "closed") return "actClosed" as const;
  if (campaign.status === "paused" || campaign.collectionPaused) return "actPaused" as const;
  return null;
}

/** The actions this campaign asks for, or why it no longer asks. */
export async function TakeAction({ campaign }: { campaign: CampaignPage }) {
  const t = await getTranslations("Campaign");
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
          <p className="mt-2 text-muted">{t("actLead")}</p>
          <div className="mt-3">
            <ActionKindList kinds={campaign.actionKinds} campaignSlug={campaign.slug} />
          </div>
        </>
      )}
    </section>
  );
}
