import type { Metadata } from "next";
import { CheckEmailForCampaign, checkEmailMetadata } from "../../thanks/check-email";

/** "Check your email" after signing, cached whole like the letter's (see letter/sent/page.tsx). */
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
