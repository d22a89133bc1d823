import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { getCampaignForAction } from "@/db/queries/signatures";
import { EmbedCheckEmail } from "./embed-frame";

/** The "check your email" page of an embed (/embed/campaigns/<slug>/<segment>/sent): rendered per request, inside the frame. */
export async function EmbedSentPage({ params }: { params: Promise<{ slug: string }> }) {
  // Per request, like every embed: the strict policy's nonce and the campaign's frame-ancestors (proxy.ts).
  await connection();
  const { slug } = await params;
  const campaign = await getCampaignForAction(slug);
  if (!campaign) notFound();
  return <EmbedCheckEmail slug={campaign.slug} />;
}

export async function embedSentMetadata(): Promise<Metadata> {
  const t = await getTranslations("SupporterActions.checkEmail");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}
