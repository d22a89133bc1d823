import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/organise/action-form";
import { secondaryButtonClass } from "@/components/organise/page-header";
import {
  allowedTransitions,
  getCampaignForEdit,
  isPublicStatus,
  listCampaignTargets,
  listDefenderChoices,
  listStatusChanges,
  listTargetChoices,
} from "@/db/queries/organise-campaigns";
import { getLatestVerdict } from "@/db/queries/moderation-decisions";
import { orNotFound } from "@/server/guards";
import { getViewer } from "@/server/viewer";
import { detachTargetAction, updateCampaignAction } from "../actions";
import { CampaignForm } from "../campaign-form";
import { actionKindOptions } from "../kind-options";
import { ChannelWarnings } from "./channel-warnings";
import { ConsentGateNotice } from "./consent-gate-notice";
import { LifecycleForm } from "./lifecycle-form";
import { TargetAttachForm } from "./target-attach-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organise.campaign");
  return { title: t("editTitle") };
}

export default async function EditCampaignPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { created } = await searchParams;
  const viewer = await getViewer();
  if (!viewer) notFound();
  const campaign = await orNotFound(getCampaignForEdit(viewer, id));

  const [t, lifecycle, targetText, statusText, format, defenders, kindOptions, history, attached, targetChoices, verdict] = await Promise.all([
    getTranslations("Organise.campaign"),
    getTranslations("Organise.lifecycle"),
    getTranslations("Organise.targets"),
    getTranslations("Enums.campaignStatus"),
    getFormatter(),
    listDefenderChoices(viewer, campaign.defenderIds),
    actionKindOptions(),
    listStatusChanges(viewer, campaign.id),
    listCampaignTargets(viewer, campaign.id),
    listTargetChoices(),
    campaign.status === "draft" ? getLatestVerdict({ type: "campaign", id: campaign.id }) : null,
  ]);
  const live = isPublicStatus(campaign.status);
  const returned = verdict && verdict.verdict !== "approve" ? verdict : null;

  return (
    <div className="flex flex-col gap-10">
      {created ? (
        <p role="status" className="rounded-md bg-tone-green-soft p-3 font-semibold text-tone-green">
          {t("created")}
        </p>
      ) : null}

      <ChannelWarnings viewer={viewer} campaignId={campaign.id} />

      <section aria-labelledby="lifecycle-heading">
        <h2 id="lifecycle-heading" className="mb-2 text-xl font-semibold">
          {lifecycle("heading")}
        </h2>
        {returned ? (
          <p role="status" className="mb-3 rounded-md bg-tone-amber-soft p-3 text-tone-amber">
            {lifecycle("returnedByModerator", { reason: returned.reason ?? lifecycle("noReason") })}
          </p>
        ) : null}
        <ConsentGateNotice viewer={viewer} campaignId={campaign.id} slug={campaign.slug} status={campaign.status} />
        <LifecycleForm
          campaignId={campaign.id}
          moves={allowedTransitions(viewer, campaign.status).map((to) => ({ to, label: lifecycle(`to.${to}`) }))}
        />
        {history.length ? (
          <ol className="mt-3 text-sm text-muted">
            {history.map((change) => (
              <li key={change.changedAt.toISOString() + change.toStatus}>
                {lifecycle("historyEntry", {
                  from: change.fromStatus ? statusText(change.fromStatus) : "—",
                  to: statusText(change.toStatus),
                  who: change.changedBy ?? lifecycle("someone"),
                  when: format.dateTime(change.changedAt, { dateStyle: "medium", timeStyle: "short" }),
                })}
              </li>
            ))}
          </ol>
        ) : null}
      </section>

      <section aria-labelledby="details-heading">
        <h2 id="details-heading" className="mb-4 text-xl font-semibold">
          {t("detailsHeading")}
        </h2>
        <CampaignForm
          action={updateCampaignAction}
          campaignId={campaign.id}
          defenders={defenders}
          kindOptions={kindOptions}
          live={live}
          initial={{
            title: campaign.title,
            slug: campaign.slug,
            summary: campaign.summary,
            ask: campaign.ask,
            storyMarkdown: campaign.storyMarkdown,
            goal: campaign.goal ? String(campaign.goal) : "",
            deadline: campaign.deadline ? campaign.deadline.toISOString().slice(0, 10) : "",
            hashtags: campaign.hashtags.map((tag) => `#${tag}`).join(" "),
            highRisk: campaign.highRisk,
            actionKinds: campaign.actionKinds,
            defenderIds: campaign.defenderIds,
          }}
        />
      </section>

      <section aria-labelledby="targets-heading">
        <h2 id="targets-heading" className="mb-2 text-xl font-semibold">
          {targetText("heading")}
        </h2>
        {attached.length === 0 ? <p className="mb-4 text-muted">{targetText("none")}</p> : null}
        <ul className="mb-6 flex flex-col gap-3">
          {attached.map((row) => (
            <li key={row.id} className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-line p-3">
              <span>
                {targetText(`describe.${row.rule}`, { state: row.responsibleState ?? "", target: row.targetName ?? "" })}
                {row.actionKinds.length ? ` — ${row.actionKinds.map((k) => kindOptions.find((o) => o.value === k)?.label ?? k).join(", ")}` : ""}
              </span>
              <ActionForm
                action={detachTargetAction}
                hidden={{ campaignId: campaign.id, campaignTargetId: row.id }}
                label={targetText("detach")}
                pendingLabel={targetText("detaching")}
                buttonClassName={secondaryButtonClass}
                messageId={`detach-${row.id}`}
              />
            </li>
          ))}
        </ul>
        <TargetAttachForm
          campaignId={campaign.id}
          kindOptions={kindOptions}
          targets={targetChoices.map((target) => ({
            value: target.id,
            label: target.hostCountry ? `${target.name} (${target.hostCountry})` : target.name,
          }))}
        />
      </section>
    </div>
  );
}
