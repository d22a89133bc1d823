import { getTranslations } from "next-intl/server";
import Link from "@/i18n/link";
import { ActionKindList } from "@/components/campaign/action-kind-list";
import type { CampaignPage } from "@/db/queries/public-campaign-page";
import { kindIsCollecting, loadSiteSettings } from "@/db/queries/settings";
import { actionPath } from "@/lib/routes";

function closedNoticeKey(campaign: CampaignPage) {
  if (campaign.status === "won") return "actWon" as const;
  if (campaign.status === "closed") return "actClosed" as const;
  if (campaign.status === "paused" || campaign.collectionPaused) return "actPaused" as const;
  return null;
}

/**
 * The actions this campaign asks for, or why it no longer asks. The site-wide
 * kill switches are read here too: throwing one revalidates every campaign
 * page (the "campaigns" tag), so the page says at once that collection is paused.
 * Read fresh, not through the per-process memo: this page is cached whole (and
 * shared by every node, ADR 0031), so a render on another node within its memo's
 * seconds would store the old switch for the page's whole cache window.
 */
export async function TakeAction({ campaign }: { campaign: CampaignPage }) {
  const [t, tLetter, tErrors, settings] = await Promise.all([
    getTranslations("Campaign"),
    getTranslations("SupporterActions.letter"),
    getTranslations("SupporterActions.errors"),
    loadSiteSettings(),
  ]);
  const notice = closedNoticeKey(campaign);
  const collectingKinds = campaign.actionKinds.filter((kind) => kindIsCollecting(settings, kind));
  const sitePaused = !notice && campaign.actionKinds.length > 0 && collectingKinds.length === 0;
  if (sitePaused) {
    return (
      <section aria-labelledby="act-heading">
        <h2 id="act-heading" className="text-2xl font-semibold">
          {t("actHeading")}
        </h2>
        <p className="mt-3 rounded-lg bg-tone-grey-soft p-3 text-sm">{tErrors("sitePaused")}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="act-heading">
      <h2 id="act-heading" className="text-2xl font-semibold">
        {t("actHeading")}
      </h2>
      {notice ? (
        <p className={`mt-3 rounded-lg p-3 text-sm ${notice === "actWon" ? "bg-tone-green-soft text-tone-green" : "bg-tone-grey-soft"}`}>
          {t(notice)}
        </p>
      ) : collectingKinds.length === 0 ? (
        <p className="mt-3">{t("actNone")}</p>
      ) : (
        <>
          {collectingKinds.includes("letter") ? (
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
            <ActionKindList kinds={collectingKinds} campaignSlug={campaign.slug} />
          </div>
        </>
      )}
    </section>
  );
}
