import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { isLocale, languageTags, locales, textDirection, type Locale } from "@/i18n/config";
import { OutsideEmbed } from "@/components/embed/outside-embed";
import { SiteFooter } from "@/components/ui/site-footer";
import { mainContentId, SiteHeader } from "@/components/ui/site-header";
import { env } from "@/lib/env";
import "../globals.css";

type LayoutParams = { params: Promise<{ locale: string }> };

export function generateStaticParams(): { locale: Locale }[] {
  return locales.map((locale) => ({ locale }));
}

async function layoutLocale(params: LayoutParams["params"]): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

export async function generateMetadata({ params }: LayoutParams): Promise<Metadata> {
  const locale = await layoutLocale(params);
  const t = await getTranslations("Metadata");
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

export default async function LocaleLayout({ children, params }: LayoutParams & { children: ReactNode }) {
  const locale = await layoutLocale(params);
  return (
    <html lang={languageTags[locale]} dir={textDirection(locale)}>
      <body className="flex min-h-dvh flex-col antialiased">
        {/* No NextIntlClientProvider here: public pages ship no i18n runtime. The areas whose client
            forms translate in the browser (organise, sign-in, admin abuse) bring their own, with their namespaces. */}
        <OutsideEmbed>
          <SiteHeader />
        </OutsideEmbed>
        <main id={mainContentId} tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <OutsideEmbed>
          <SiteFooter />
        </OutsideEmbed>
      </body>
    </html>
  );
}
