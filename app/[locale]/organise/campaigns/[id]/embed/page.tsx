import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/i18n/navigation";
import { localizeHref } from "@/i18n/config";
import { getEmbedSettings } from "@/db/queries/embed";
import { actionKindTable, embeddableKinds, kindMessageKey, actionPath } from "@/lib/action-kinds";
import { maxEmbedOrigins } from "@/lib/embed-origins";
import { env } from "@/lib/env";
import { orNotFound } from "@/server/guards";
import { getViewer } from "@/server/viewer";
import { saveEmbedOriginsAction } from "./actions";
import { EmbedOriginsForm } from "./embed-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Embed");
  return { title: t("metaTitle") };
}

/** Roughly the height each kind's form needs in a column of about 600 pixels. */
const frameHeights: Partial<Record<string, number>> = { letter: 1100, petition: 900, "sign-on": 800, tweet: 700 };

/** The placeholder partner code in the snippets (Embed.sourceHint explains it). */
const sourceExample = "partner-code";

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The organiser's Embed tab: which sites may frame the campaign's action forms, and the code to paste (ADR 0030). */
export default async function CampaignEmbedPage({ params }: Props) {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) notFound();
  const campaign = await orNotFound(getEmbedSettings(viewer, id));
  const [t, tRoot, locale] = await Promise.all([getTranslations("Embed"), getTranslations(), requestLocale()]);
  const base = env().SITE_URL.replace(/\/$/, "");
  const kinds = embeddableKinds.filter((kind) => campaign.actionKinds.includes(kind));
  const snippet = (kind: (typeof kinds)[number]) => {
    const segment = actionKindTable[kind].segment;
    const src = `${base}${localizeHref(`/embed/campaigns/${campaign.slug}/${segment}`, locale)}?source=${sourceExample}`;
    const page = `${base}${localizeHref(actionPath(campaign.slug, kind), locale)}`;
    const title = escapeAttribute(t("frameTitle", { action: tRoot(kindMessageKey(kind, "label")) }));
    return [
      `<iframe src="${escapeAttribute(src)}" title="${title}" width="100%" height="${frameHeights[segment] ?? 900}" loading="lazy" style="border:0"></iframe>`,
      `<p><a href="${escapeAttribute(page)}">${escapeAttribute(t("fallbackLink"))}</a></p>`,
    ].join("\n");
  };

  return (
    <div className="flex flex-col gap-10">
      <p className="max-w-3xl text-muted">{t("lead")}</p>

      <section aria-labelledby="origins-heading" className="flex flex-col gap-4">
        <h2 id="origins-heading" className="text-xl font-semibold">
          {t("originsHeading")}
        </h2>
        <EmbedOriginsForm
          action={saveEmbedOriginsAction}
          campaignId={campaign.id}
          origins={campaign.embedOrigins.join("\n")}
          labels={{ origins: t("originsLabel"), originsHint: t("originsHint", { max: maxEmbedOrigins }), save: t("save"), saving: t("saving") }}
        />
      </section>

      <section aria-labelledby="snippets-heading" className="flex flex-col gap-4">
        <h2 id="snippets-heading" className="text-xl font-semibold">
          {t("snippetsHeading")}
        </h2>
        <p className="max-w-3xl text-muted">{t("snippetsLead")}</p>
        {campaign.embedOrigins.length === 0 ? <p className="rounded-md bg-tone-amber-soft p-3 text-tone-amber">{t("noOrigins")}</p> : null}
        {campaign.status !== "published" ? <p className="rounded-md bg-tone-amber-soft p-3 text-tone-amber">{t("notLive")}</p> : null}
        {kinds.length === 0 ? <p>{t("noKinds")}</p> : null}
        {kinds.map((kind) => {
          const codeId = `embed-code-${actionKindTable[kind].segment}`;
          return (
            <div key={kind} className="flex flex-col gap-1">
              <label htmlFor={codeId} className="font-semibold">
                {t("snippetLabel", { action: tRoot(kindMessageKey(kind, "label")) })}
              </label>
              <textarea
                id={codeId}
                readOnly
                rows={4}
                dir="ltr"
                spellCheck={false}
                value={snippet(kind)}
                className="w-full rounded-md border border-line bg-surface px-3 py-2 font-mono text-sm"
              />
            </div>
          );
        })}
        <p className="max-w-3xl text-sm text-muted">{t("sourceHint")}</p>
      </section>
    </div>
  );
}
