import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/markdown";
import { UntranslatedNote } from "@/components/ui/untranslated-note";
import { getCampaignPreview } from "@/db/queries/campaign-review";
import { requestLocale } from "@/i18n/navigation";
import { fieldLanguage } from "@/lib/translations";
import { getViewer } from "@/server/viewer";
import { CampaignDefenders } from "../campaign-defenders";
import { CampaignTargets } from "../campaign-targets";
import { kindMessageKey } from "@/lib/action-kinds";

/**
 * A campaign that is not public yet (in review, or a draft), as its page will
 * look: for admins and the campaign's own organisers only, 404 for everyone
 * else. It reads the session, so it renders per request and is sent
 * `private, no-store`: never cached as a public page (ADR 0015). The real
 * /campaigns/<slug> stays a cached 404 until the moderation decision publishes it.
 */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Campaign.preview");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function CampaignPreviewPage({ params }: Props) {
  const { slug } = await params;
  const preview = await getCampaignPreview(await getViewer(), slug, await requestLocale());
  if (!preview) notFound();
  const { page: campaign, status } = preview;
  const [t, tp, kinds] = await Promise.all([getTranslations("Campaign"), getTranslations("Campaign.preview"), getTranslations()]);

  return (
    <article>
      <p role="status" className="bg-tone-amber-soft px-4 py-3 text-center font-semibold text-tone-amber">
        {tp("banner", { status })}
      </p>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-14">
          <h1 {...fieldLanguage(campaign.translation, "title")} className="max-w-4xl text-4xl font-semibold tracking-tight sm:text-5xl">
            {campaign.title}
          </h1>
          <p {...fieldLanguage(campaign.translation, "summary")} className="mt-4 max-w-3xl text-lg text-muted sm:text-xl">
            {campaign.summary}
          </p>
          <UntranslatedNote translation={campaign.translation} className="mt-3 max-w-3xl text-sm font-medium text-muted" />
          <CampaignDefenders defenders={campaign.defenders} />
        </div>
      </header>
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-10 sm:px-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-x-14">
        <div className="min-w-0 space-y-8">
          {campaign.ask ? (
            <section aria-labelledby="ask-heading" className="rounded-xl border-s-4 border-accent bg-accent-soft p-5 sm:p-6">
              <h2 id="ask-heading" className="font-sans text-sm font-bold tracking-wide text-tone-amber uppercase">
                {t("askHeading")}
              </h2>
              <p {...fieldLanguage(campaign.translation, "ask")} className="mt-2 font-serif text-xl leading-snug sm:text-2xl">
                {campaign.ask}
              </p>
            </section>
          ) : null}
          {campaign.storyMarkdown ? (
            <section aria-labelledby="story-heading">
              <h2 id="story-heading" className="text-3xl font-semibold">
                {t("storyHeading")}
              </h2>
              <div className="mt-4" {...fieldLanguage(campaign.translation, "storyMarkdown")}>
                <Markdown>{campaign.storyMarkdown}</Markdown>
              </div>
            </section>
          ) : null}
        </div>
        <section aria-labelledby="act-heading">
          <h2 id="act-heading" className="text-2xl font-semibold">
            {t("actHeading")}
          </h2>
          <p className="mt-2 text-sm text-muted">{tp("actionsLead")}</p>
          <ul className="mt-3 list-disc ps-5">
            {campaign.actionKinds.map((kind) => (
              <li key={kind}>{kinds(kindMessageKey(kind, "label"))}</li>
            ))}
          </ul>
        </section>
      </div>
      <div className="mx-auto max-w-6xl px-4 pb-14 sm:px-6">
        <CampaignTargets targets={campaign.targets} />
      </div>
    </article>
  );
}
