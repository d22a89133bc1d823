import type { Metadata } from "next";
import Link from "@/i18n/link";
import { redirect } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { Badge } from "@/components/ui/badge";
import { getCampaignUpdatesForEdit } from "@/db/queries/campaign-updates";
import { campaignUpdateKinds, defenderStatuses } from "@/db/schema/enums";
import { calendarDate } from "@/lib/format";
import { routes } from "@/lib/routes";
import { orNotFound } from "@/server/guards";
import { getViewer } from "@/server/viewer";
import { UpdateForm } from "./update-form";

type Props = { params: Promise<{ id: string }> };

const loadPage = cache(async (id: string) => {
  const viewer = await getViewer();
  if (!viewer) return redirect("/signin");
  return orNotFound(getCampaignUpdatesForEdit(viewer, id));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [view, t] = await Promise.all([loadPage(id), getTranslations("CampaignUpdates")]);
  return { title: t("metaTitle", { campaign: view.campaign.title }), robots: { index: false } };
}

export default async function CampaignUpdatesPage({ params }: Props) {
  const { id } = await params;
  const [view, t, tKind, tStatus, format] = await Promise.all([
    loadPage(id),
    getTranslations("CampaignUpdates"),
    getTranslations("Enums.updateKind"),
    getTranslations("Enums.defenderStatus"),
    getFormatter(),
  ]);
  const { campaign, updates } = view;

  return (
    <div>
      <h2 className="text-2xl font-semibold">{t("heading")}</h2>
      <p className="mt-3 max-w-3xl text-lg text-muted">{t("lead")}</p>
      {campaign.status !== "draft" && campaign.status !== "in_review" ? (
        <p className="mt-3">
          <Link href={routes.campaign(campaign.slug)} className="font-semibold text-brand underline">
            {t("viewPublic")}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="post-update-heading" className="mt-10 rounded-lg border border-line bg-surface p-6">
        <h3 id="post-update-heading" className="text-xl font-semibold">
          {t("formHeading")}
        </h3>
        <div className="mt-5">
          <UpdateForm
            campaignId={campaign.id}
            today={new Date().toISOString().slice(0, 10)}
            kinds={campaignUpdateKinds.map((kind) => ({ value: kind, label: tKind(kind) }))}
            statuses={defenderStatuses.map((status) => ({ value: status, label: tStatus(status) }))}
            canNotify={!view.defenderPaused}
            text={{
              kind: t("kind"),
              title: t("title"),
              titleHint: t("titleHint"),
              body: t("body"),
              bodyHint: t("bodyHint"),
              occurredOn: t("occurredOn"),
              setsDefenderStatus: t("setsDefenderStatus"),
              setsDefenderStatusHint: t("setsDefenderStatusHint"),
              keepStatus: t("keepStatus"),
              notifySigners: t("notifySigners", { count: view.optedInSigners }),
              notifySignersHint: t("notifySignersHint"),
              notifyPaused: t("notifyPaused"),
              submit: t("submit"),
              submitting: t("submitting"),
            }}
          />
        </div>
      </section>

      <section aria-labelledby="posted-updates-heading" className="mt-10">
        <h3 id="posted-updates-heading" className="text-xl font-semibold">
          {t("listHeading")}
        </h3>
        {updates.length === 0 ? (
          <p className="mt-3 text-muted">{t("listEmpty")}</p>
        ) : (
          <ol className="mt-4 divide-y divide-line border-y border-line">
            {updates.map((update) => (
              <li key={update.id} className="flex flex-col gap-1 py-4">
                <div className="flex flex-wrap items-center gap-3 text-sm text-muted">
                  <time dateTime={update.occurredOn}>{format.dateTime(calendarDate(update.occurredOn), { dateStyle: "long" })}</time>
                  <Badge tone="grey">{tKind(update.kind)}</Badge>
                  {update.setsDefenderStatus ? <span>{t("listStatus", { status: tStatus(update.setsDefenderStatus) })}</span> : null}
                  {update.notifySigners ? <span>{t("listMailed")}</span> : null}
                </div>
                <h4 className="font-sans text-lg font-semibold">{update.title}</h4>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
