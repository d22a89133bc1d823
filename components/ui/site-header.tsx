import Link from "@/i18n/link";
import { getTranslations } from "next-intl/server";
import { AccountNav, type AccountNavLabels } from "@/components/organise/account-nav";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";

export const mainContentId = "main-content";

/**
 * The site header. Wide screens get the links in a row; narrow ones (under the
 * md breakpoint, where a signed-in admin's six links no longer fit beside the
 * name) get a "Menu" disclosure built on <details>/<summary>, which opens and
 * closes with the keyboard and without JavaScript. Only one of the two is ever
 * displayed, so there is one "Main" navigation landmark at a time.
 */
export async function SiteHeader() {
  const t = await getTranslations("Layout");
  const account = await getTranslations("Organise.header");
  const admin = await getTranslations("Admin.header");
  const labels: AccountNavLabels = {
    signIn: account("signIn"),
    organise: account("organise"),
    admin: admin("admin"),
    account: account("account"),
    signOut: account("signOut"),
  };
  const items = (
    <>
      <li>
        <NavLink href="/campaigns">{t("campaigns")}</NavLink>
      </li>
      <li>
        <NavLink href="/defenders">{t("defenders")}</NavLink>
      </li>
      <AccountNav labels={labels} />
    </>
  );
  return (
    <header className="relative border-b border-line bg-surface">
      <a
        href={`#${mainContentId}`}
        className="absolute top-2 start-2 z-50 -translate-y-24 rounded-md bg-brand px-4 py-2 font-semibold text-white no-underline shadow-lg focus:translate-y-0"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-3 sm:gap-4 sm:px-6">
        <Link href="/" className="flex min-w-0 items-center gap-2.5 text-ink no-underline" aria-label={t("home")}>
          <InkwellMark />
          <span className="font-serif text-xl font-semibold tracking-tight sm:text-2xl">{t("siteName")}</span>
        </Link>
        <div className="ms-auto">
          <LanguageSwitcher label={t("language")} />
        </div>
        <nav aria-label={t("mainNavigation")} className="hidden md:block">
          <ul className="flex items-center gap-2">{items}</ul>
        </nav>
        <nav aria-label={t("mainNavigation")} className="md:hidden">
          <details className="group">
            <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border border-line px-3 py-2 font-medium text-ink select-none hover:bg-brand-soft focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand group-open:bg-brand-soft [&::-webkit-details-marker]:hidden">
              <MenuIcon />
              {t("menu")}
            </summary>
            <ul className="absolute inset-x-0 top-full z-40 flex flex-col gap-1 border-b border-line bg-surface px-4 py-3 shadow-lg [&_a]:flex [&_a]:min-h-11 [&_a]:items-center [&_button]:min-h-11 [&_button]:w-full [&_button]:text-start">
              {items}
            </ul>
          </details>
        </nav>
      </div>
    </header>
  );
}

/** Three bars when closed, a cross when open (the summary says "Menu" either way and is announced as expanded or collapsed). */
function MenuIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <path d="M4 7h16M4 12h16M4 17h16" className="group-open:hidden" />
      <path d="M6 6l12 12M18 6 6 18" className="hidden group-open:block" />
    </svg>
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
