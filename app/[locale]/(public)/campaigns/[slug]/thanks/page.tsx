import type { Metadata } from "next";
import Link from "@/i18n/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionKindList } from "@/components/campaign/action-kind-list";
import { ShareLinks } from "@/components/share/share-links";
import { getCampaignForAction } from "@/db/queries/signatures";
import { resolvePartnerSource } from "@/db/queries/partner-sources";
import { cameThroughLine } from "@/server/supporter-actions/partner";
import { actionKindTable, parseActionKind } from "@/lib/action-kinds";
import { env } from "@/lib/env";
import { routes } from "@/lib/routes";
import { CampaignTitleLine } from "@/components/campaign/campaign-title";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ kind?: string | string[]; source?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SupporterActions.thanks");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** After a confirmed action: thanks, share links, and the campaign's other actions. */
export default async function ThanksPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const [campaign, kind, t] = await Promise.all([
    getCampaignForAction(slug),
    searchParams.then(({ kind }) => parseActionKind(Array.isArray(kind) ? kind[0] : kind)),
    getTranslations("SupporterActions.thanks"),
  ]);
  if (!campaign) notFound();
  // "You came here through <partner>" (ADR 0029): the confirm action adds the source the action recorded; archived ones too.
  const { source: askedSource } = await searchParams;
  const partner = await resolvePartnerSource(campaign.id, Array.isArray(askedSource) ? askedSource[0] : askedSource, { archived: true });
  const partnerLine = partner ? await cameThroughLine(partner) : null;
  const thanks = kind ? actionKindTable[kind].confirmation?.thanks : undefined;
  const body = thanks ? (await getTranslations())(thanks) : t("body.other");
  const nextKinds = campaign.status === "published" ? campaign.actionKinds.filter((k) => k !== kind) : [];
  const url = `${env().SITE_URL.replace(/\/$/, "")}${routes.campaign(slug)}`;

  return (
    <article className="mx-auto max-w-3xl px-4 py-14 sm:px-6">
      <h1 className="text-4xl font-semibold tracking-tight">{t("heading")}</h1>
      <CampaignTitleLine slug={slug} original={campaign.title} />
      <p className="mt-4 text-lg" role="status">
        {body}
      </p>
      {partnerLine ? <p className="mt-3 text-muted">{partnerLine}</p> : null}

      <ShareLinks className="mt-10" url={url} text={t("shareText", { campaign: campaign.title })} />

      <section aria-labelledby="next-heading" className="mt-10">
        <h2 id="next-heading" className="text-xl font-semibold">
          {t("nextHeading")}
        </h2>
        {nextKinds.length > 0 ? (
          <div className="mt-3">
            <ActionKindList kinds={nextKinds} campaignSlug={slug} columns={2} />
          </div>
        ) : (
          <p className="mt-2">{t("nextNone")}</p>
        )}
      </section>

      <p className="mt-10">
        <Link href={routes.campaign(slug)} className="text-brand underline">
          {t("back")}
        </Link>
      </p>
    </article>
  );
}
