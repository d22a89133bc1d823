import { CheckEmailPage, checkEmailMetadata, noPrebuiltCampaigns } from "@/components/campaign/check-email";

/** "Check your email" after signing, cached whole like the letter's (see letter/sent/page.tsx). */
export const revalidate = 3600;

export const generateStaticParams = noPrebuiltCampaigns;
export const generateMetadata = checkEmailMetadata;
export default CheckEmailPage;
