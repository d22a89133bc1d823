import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/components/organise/account-nav";
import { NavLink } from "./nav-link";

export const mainContentId = "main-content";

export async function SiteHeader() {
  const t = await getTranslations("Layout");
  const account = await getTranslations("Organise.header");
  const admin = await getTranslations("Admin.header");
  return (
    <header className="relative border-b border-line bg-surface">
      <a
        href={`#${mainContentId}`}
        className="absolute top-2 left-2 z-50 -translate-y-24 rounded-md bg-brand px-4 py-2 font-semibold text-white no-underline shadow-lg focus:translate-y-0"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-3 sm:gap-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2.5 text-ink no-underline" aria-label={t("home")}>
          <InkwellMark />
          <span className="font-serif text-xl font-semibold tracking-tight sm:text-2xl">{t("siteName")}</span>
        </Link>
        <nav aria-label={t("mainNavigation")}>
          <ul className="flex items-center gap-0.5 sm:gap-2">
            <li>
              <NavLink href="/campaigns">{t("campaigns")}</NavLink>
            </li>
            <li>
              <NavLink href="/defenders">{t("defenders")}</NavLink>
            </li>
            <AccountNav
              labels={{
                signIn: account("signIn"),
                organise: account("organise"),
                admin: admin("admin"),
                account: account("account"),
                signOut: account("signOut"),
              }}
            />
          </ul>
        </nav>
      </div>
    </header>
  );
}

/** The logo: an inkwell with a nib. Decorative; the site name next to it is the text. */
function InkwellMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className="size-8 shrink-0">
      <rect x="2" y="2" width="28" height="28" rx="8" className="fill-brand" />
      <path d="M9 24h14l-1.6-7.5a2 2 0 0 0-2-1.5h-6.8a2 2 0 0 0-2 1.5Z" className="fill-accent" />
      <path d="M16 15V6.5m0 0 2.5 3.5L16 12l-2.5-2Z" stroke="#fff" strokeWidth="1.6" fill="none" strokeLinejoin="round" />
    </svg>
  );
}
