import Link from "@/i18n/link";
import { getTranslations } from "next-intl/server";

const footerLinks = [
  ["/campaigns", "campaigns"],
  ["/defenders", "defenders"],
  ["/privacy", "privacyPage"],
  ["/accessibility", "accessibilityPage"],
] as const;

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  return (
    <footer className="on-dark mt-20 bg-brand-dark text-white/90">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-12 sm:px-6 md:grid-cols-[2fr_1fr]">
        <div className="max-w-prose space-y-3 text-sm leading-relaxed">
          <p className="font-serif text-xl font-semibold text-white">{t("siteName")}</p>
          <p>{t("footerAbout")}</p>
          <p>{t("footerPrivacy")}</p>
          <p className="text-white/80">{t("footerLicence")}</p>
        </div>
        <nav aria-label={t("footerNavigation")}>
          <ul className="space-y-2 text-sm">
            {footerLinks.map(([href, label]) => (
              <li key={href}>
                <Link href={href} className="text-white underline hover:text-accent">
                  {t(label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
