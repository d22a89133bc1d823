import Link from "@/i18n/link";
import { getTranslations } from "next-intl/server";

/** The 404 page's content: what happened and where to go next, in the request's language. */
export async function NotFoundContent() {
  const t = await getTranslations("NotFound");
  return (
    <div className="mx-auto max-w-3xl px-4 py-20 sm:px-6">
      <p className="font-serif text-6xl font-semibold text-brand" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-4xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-4 text-lg text-muted">{t("body")}</p>
      <ul className="mt-8 flex flex-wrap gap-3">
        <li>
          <Link href="/" className="inline-flex h-11 items-center rounded-md bg-brand px-5 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white">
            {t("home")}
          </Link>
        </li>
        <li>
          <Link href="/campaigns" className="inline-flex h-11 items-center rounded-md border border-line bg-surface px-5 font-semibold no-underline">
            {t("campaigns")}
          </Link>
        </li>
        <li>
          <Link href="/defenders" className="inline-flex h-11 items-center rounded-md border border-line bg-surface px-5 font-semibold no-underline">
            {t("defenders")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
