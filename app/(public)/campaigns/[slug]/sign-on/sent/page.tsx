import type { Metadata } from "next";
import { CheckEmail, checkEmailMetadata } from "../../thanks/check-email";

type Props = { params: Promise<{ slug: string }> };

export function generateMetadata(): Promise<Metadata> {
  return checkEmailMetadata();
}

export default async function SentPage({ params }: Props) {
  const { slug } = await params;
  return <CheckEmail campaignSlug={slug} />;
}
