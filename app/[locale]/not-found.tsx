import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/ui/not-found-content";

/**
 * No generateMetadata here: a 404 thrown by a page cached whole (a campaign that
 * does not exist) renders this file's metadata outside the page's locale scope, where
 * next-intl would read a request header and turn the page dynamic. The title is
 * rendered in the body instead (React hoists <title> and <meta> into <head>).
 */
export const metadata: Metadata = { robots: { index: false } };

export default async function NotFound() {
  const [t, layout] = await Promise.all([getTranslations("NotFound"), getTranslations("Metadata")]);
  return (
    <>
      <title>{layout("titleTemplate").replace("%s", t("metaTitle"))}</title>
      <NotFoundContent />
    </>
  );
}
