import type { Metadata } from "next";
import { CheckEmailForCampaign, checkEmailMetadata } from "../../thanks/check-email";

/**
 * The same for every visitor, so cached whole (ISR, rendered on the first
 * request per campaign) and left out of the proxy's per-request nonce: a
 * signature's redirect renders this page into the action's response, and a
 * cache hit keeps that second render off the signing path (docs/performance.md).
 */
export const revalidate = 3600;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export function generateMetadata(): Promise<Metadata> {
  return checkEmailMetadata();
}

export default async function SentPage({ params }: Props) {
  const { slug } = await params;
  return <CheckEmailForCampaign slug={slug} />;
}
