import type { Metadata } from "next";
import { campaignTitleIn } from "@/components/campaign/campaign-title";

/** An embed's metadata: the kind page's title, never indexed (robots.txt disallows /embed/ too). */
export async function embedMetadata(slug: string, original: string, title: (campaign: string) => string): Promise<Metadata> {
  return { title: title(await campaignTitleIn(slug, original)), robots: { index: false, follow: false } };
}
