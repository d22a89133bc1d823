import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/organise/action-form";
import { EmailActionForm } from "@/components/organise/email-action-form";
import { secondaryButtonClass } from "@/components/organise/page-header";
import { listPartnerSources } from "@/db/queries/partner-sources";
import { localizeHref } from "@/i18n/config";
import { requestLocale } from "@/i18n/navigation";
import { actionPath, kindMessageKey } from "@/lib/action-kinds";
import { env } from "@/lib/env";
import { orNotFound } from "@/server/guards";
import { getViewer } from "@/server/viewer";
import { addPartnerMemberAction, archivePartnerSourceAction, removePartnerMemberAction } from "./actions";
import { CreatePartnerSourceForm } from "./create-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Partners.organise");
  return { title: t("tab"), robots: { index: false } };
}

/**
 * The organiser's Partners tab (ADR 0029): the campaign's partner sources with their share
 * links (each action page with ?source=<code>) and counts, a form for a new one, archive,
 * and the partner's members (who may download the consenting supporters of that source).
 */
export default async function CampaignPartnersPage({ params }: Props) {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) notFound();
  const { campaign, sources } = await orNotFound(listPartnerSources(viewer, id));
  const [t, tRoot, format, locale] = await Promise.all([getTranslations("Partners.organise"), getTranslations(), getFormatter(), requestLocale()]);
  const base = env().SITE_URL.replace(/\/$/, "");
  const campaignId = campaign.id;
  const shareLink = (kind: (typeof campaign.actionKinds)[number], code: string) =>
    `${base}${localizeHref(actionPath(campaign.slug, kind), locale)}?source=${encodeURIComponent(code)}`;

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="partners-heading">
        <h2 id="partners-heading" className="text-xl font-semibold">
          {t("heading")}
        </h2>
        <p className="mt-2 max-w-3xl text-muted">{t("lead")}</p>
        {sources.length === 0 ? <p className="mt-4 text-muted">{t("empty")}</p> : null}
        <ul className="mt-4 flex flex-col gap-6">
          {sources.map((source) => (
            <li key={source.id} className="rounded-md border border-line p-4" data-partner-code={source.code}>
              <h3 className="text-lg font-semibold">
                <bdi>{source.name}</bdi> <code className="text-sm text-muted">{source.code}</code>
                {source.archivedAt ? <span className="ms-2 text-sm font-normal text-muted">({t("archived")})</span> : null}
              </h3>
              {source.siteUrl ? (
                <p className="text-sm">
                  <bdi>{source.siteUrl}</bdi>
                </p>
              ) : null}
              <dl className="mt-3 flex flex-wrap gap-6">
                <div>
                  <dt className="text-sm text-muted">{t("confirmed")}</dt>
                  <dd className="text-2xl font-semibold tabular-nums" data-testid="partner-confirmed">
                    {format.number(source.confirmed)}
                  </dd>
                </div>
                <div>
                  <dt className="text-sm text-muted">{t("consenting")}</dt>
                  <dd className="text-2xl font-semibold tabular-nums">{format.number(source.consenting)}</dd>
                </div>
              </dl>
              {source.archivedAt ? null : (
                <>
                  <h4 className="mt-4 font-semibold">{t("shareLinks")}</h4>
                  <ul className="mt-1 flex flex-col gap-1 text-sm">
                    {campaign.actionKinds.map((kind) => (
                      <li key={kind}>
                        {tRoot(kindMessageKey(kind, "label"))}: <code className="break-all">{shareLink(kind, source.code)}</code>
                      </li>
                    ))}
                  </ul>
                </>
              )}

              <h4 className="mt-4 font-semibold">{t("members")}</h4>
              <p className="text-sm text-muted">{t("membersLead")}</p>
              {source.members.length === 0 ? <p className="mt-1 text-sm text-muted">{t("noMembers")}</p> : null}
              <ul className="mt-2 flex flex-col gap-2">
                {source.members.map((member) => (
                  <li key={member.userId} className="flex flex-wrap items-center justify-between gap-3">
                    <bdi>{member.email ?? member.name}</bdi>
                    <ActionForm
                      action={removePartnerMemberAction}
                      hidden={{ campaignId, sourceId: source.id, userId: member.userId }}
                      label={t("removeMember", { member: member.email ?? member.name ?? "" })}
                      pendingLabel={t("working")}
                      buttonClassName={secondaryButtonClass}
                      messageId={`remove-${source.id}-${member.userId}`}
                    />
                  </li>
                ))}
              </ul>
              <div className="mt-3">
                <EmailActionForm
                  action={addPartnerMemberAction}
                  hidden={{ campaignId, sourceId: source.id }}
                  messageId={`member-${source.id}`}
                  labels={{ email: t("memberEmail"), emailHint: t("noAccountHint"), submit: t("addMember"), pending: t("working") }}
                />
              </div>
              {source.archivedAt ? null : (
                <ActionForm
                  action={archivePartnerSourceAction}
                  hidden={{ campaignId, sourceId: source.id }}
                  label={t("archive")}
                  pendingLabel={t("working")}
                  className="mt-4"
                  buttonClassName={secondaryButtonClass}
                  messageId={`archive-${source.id}`}
                />
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="partner-create-heading">
        <h2 id="partner-create-heading" className="mb-3 text-xl font-semibold">
          {t("createHeading")}
        </h2>
        <CreatePartnerSourceForm
          campaignId={campaignId}
          labels={{
            name: t("name"),
            code: t("code"),
            codeHint: t("codeHint"),
            site: t("site"),
            siteHint: t("siteHint"),
            optional: t("optional"),
            submit: t("create"),
            pending: t("working"),
          }}
        />
      </section>
    </div>
  );
}
