import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { getCampaignForAction } from "@/db/queries/signatures";
import { CheckEmailAnswer } from "@/components/campaign/check-email-answer";
import { checkEmailLabels } from "@/components/campaign/check-email";

/** The "check your email" page of an embed (/embed/campaigns/<slug>/<segment>/sent), after a post without JavaScript: rendered per request, inside the frame. */
export async function EmbedSentPage({ params }: { params: Promise<{ slug: string }> }) {
  // Per request, like every embed: the strict policy's nonce and the campaign's frame-ancestors (proxy.ts).
  await connection();
  const { slug } = await params;
  const campaign = await getCampaignForAction(slug);
  if (!campaign) notFound();
  return (
    <article className="mx-auto max-w-2xl px-3 py-4">
      <CheckEmailAnswer labels={await checkEmailLabels(campaign.slug, "embed")} />
    </article>
  );
}

export async function embedSentMetadata(): Promise<Metadata> {
  const t = await getTranslations("SupporterActions.checkEmail");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}
