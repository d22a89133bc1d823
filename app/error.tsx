"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Error");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-20 sm:px-6">
      <h1 className="text-4xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-4 text-lg text-muted">{t("body")}</p>
      {error.digest ? <p className="mt-2 text-sm text-muted">{t("reference", { digest: error.digest })}</p> : null}
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="h-11 rounded-md bg-brand px-5 font-semibold text-white hover:bg-brand-dark"
        >
          {t("retry")}
        </button>
        <Link href="/" className="font-semibold underline">
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
