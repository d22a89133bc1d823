import { CheckEmailPage, checkEmailMetadata, noPrebuiltCampaigns } from "@/components/campaign/check-email";

/**
 * The same for every visitor, so cached whole (ISR, rendered on the first
 * request per campaign) and left out of the proxy's per-request nonce: a
 * signature posted without JavaScript is redirected here, and a cache hit keeps
 * that second render cheap (with JavaScript the form answers in place, no page:
 * server/supporter-actions/signature.ts; docs/performance.md).
 */
export const revalidate = 3600;

export const generateStaticParams = noPrebuiltCampaigns;
export const generateMetadata = checkEmailMetadata;
export default CheckEmailPage;
