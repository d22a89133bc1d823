import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/ui/site-footer";
import { mainContentId, SiteHeader } from "@/components/ui/site-header";
import { env } from "@/lib/env";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Metadata");
  const locale = await getLocale();
  return {
    metadataBase: new URL(env().SITE_URL),
    title: { default: t("defaultTitle"), template: t("titleTemplate") },
    description: t("description"),
    applicationName: t("siteName"),
    openGraph: {
      siteName: t("siteName"),
      type: "website",
      locale,
      title: t("defaultTitle"),
      description: t("description"),
    },
    twitter: { card: "summary" },
  };
}

export const viewport: Viewport = {
  themeColor: "#14284f",
  width: "device-width",
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col antialiased">
        {/* No NextIntlClientProvider here: public pages ship no i18n runtime. The areas whose client
            forms translate in the browser (organise, sign-in, admin abuse) bring their own, with their namespaces. */}
        <SiteHeader />
        <main id={mainContentId} tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
