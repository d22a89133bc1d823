import { CheckEmailPage, checkEmailMetadata, noPrebuiltCampaigns } from "@/components/campaign/check-email";

/**
 * The same for every visitor, so cached whole (ISR, rendered on the first
 * request per campaign) and left out of the proxy's per-request nonce: a
 * signature's redirect renders this page into the action's response, and a
 * cache hit keeps that second render off the signing path (docs/performance.md).
 */
export const revalidate = 3600;

export const generateStaticParams = noPrebuiltCampaigns;
export const generateMetadata = checkEmailMetadata;
export default CheckEmailPage;
