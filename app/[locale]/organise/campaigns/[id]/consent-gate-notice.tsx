import Link from "@/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsentOverrideForm } from "@/app/[locale]/admin/moderation/consent-override-form";
import { getCampaignConsent } from "@/db/queries/consent-gate";
import type { CampaignStatus } from "@/db/queries/organise-campaigns";
import { can, type Viewer } from "@/lib/permissions";
import { isolate } from "@/i18n/bidi";

/**
 * Under the lifecycle buttons: whether the consent gate lets this campaign be
 * published (ADR 0015), and if not, which defenders lack recorded consent;
 * the preview of a campaign not yet public; for admins, the way to the review
 * page and the override form.
 */
export async function ConsentGateNotice({ viewer, campaignId, slug, status }: { viewer: Viewer; campaignId: string; slug: string; status: CampaignStatus }) {
  const [consent, t, statuses, tc, format] = await Promise.all([
    getCampaignConsent(viewer, campaignId),
    getTranslations("Organise.lifecycle"),
    getTranslations("Organise.consent.statuses"),
    getTranslations("AdminModeration.consent"),
    getFormatter(),
  ]);
  if (!consent) return null;
  const notYetPublic = status === "draft" || status === "in_review";
  const gateMatters = notYetPublic || status === "paused";
  const admin = can(viewer, "campaign:publish:any");
  return (
    <div className="mb-3 flex flex-col gap-3">
      {notYetPublic ? (
        <p className="flex flex-wrap gap-4">
          <Link href={`/campaigns/${slug}/preview`} prefetch={false}>
            {t("preview")}
          </Link>
          {status === "in_review" && can(viewer, "moderation:decide:any") ? (
            <Link href={`/admin/moderation/campaign/${campaignId}`} prefetch={false}>
              {t("reviewInQueue")}
            </Link>
          ) : null}
        </p>
      ) : null}
      {notYetPublic ? <p className="text-sm text-muted">{t("publishedByReview")}</p> : null}
      {gateMatters && !consent.publishable ? (
        <div role="status" className="rounded-md bg-tone-red-soft p-3 text-tone-red">
          <p className="font-semibold">{t("consentBlocked")}</p>
          <ul className="my-2 list-disc ps-5">
            {consent.gaps.map((gap) => (
              <li key={gap.defenderId}>
                <Link href={`/organise/defenders/${gap.defenderId}`} className="text-tone-red underline">
                  {isolate((v) => t("consentGap", { ...v, status: statuses(gap.consentStatus) }), { name: gap.name })}
                </Link>
              </li>
            ))}
          </ul>
          <p>{t("consentFix")}</p>
        </div>
      ) : null}
      {gateMatters && consent.override ? (
        <p className="rounded-md bg-tone-blue-soft p-3 text-tone-blue">
          {t("consentOverride", {
            who: consent.override.by ?? t("someone"),
            when: format.dateTime(new Date(consent.override.at), { dateStyle: "medium", timeStyle: "short" }),
            reason: consent.override.reason,
          })}
        </p>
      ) : null}
      {gateMatters && !consent.publishable && admin ? (
        <ConsentOverrideForm
          campaignId={campaignId}
          labels={{
            legend: tc("legend"),
            explain: tc("explain"),
            reason: tc("reason"),
            reasonHint: tc("reasonHint"),
            submit: tc("submit"),
            pending: tc("pending"),
          }}
        />
      ) : null}
    </div>
  );
}
