import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { CampaignTitleLine } from "@/components/campaign/campaign-title";
import { localizeHref } from "@/i18n/config";
import { requestLocale } from "@/i18n/navigation";
import { confirmWindowDays } from "@/db/queries/signatures";
import { env } from "@/lib/env";
import { routes } from "@/lib/routes";

/** The campaign page's absolute address in the request's language: the embed's way out, into a new window. */
async function campaignUrl(slug: string): Promise<string> {
  return `${env().SITE_URL.replace(/\/$/, "")}${localizeHref(routes.campaign(slug), await requestLocale())}`;
}

/** "Open on Inkwell": the full campaign page, in a new window (never inside the partner's frame). */
async function OpenOnInkwell({ slug }: { slug: string }) {
  const t = await getTranslations("Embed");
  return (
    <a href={await campaignUrl(slug)} target="_blank" rel="noopener" className="text-sm font-semibold text-brand underline">
      {t("openOnInkwell")}
      <span className="sr-only"> {t("newWindow")}</span>
    </a>
  );
}

/**
 * The compact frame of every embeddable action (ADR 0030): a small heading, the
 * campaign's title, "Open on Inkwell", then the kind's own form. No site header
 * or footer (components/embed/outside-embed.tsx). Logical properties only, so
 * Arabic reads right to left.
 */
export async function EmbedFrame({ slug, title, heading, children }: { slug: string; title: string; heading: string; children: ReactNode }) {
  return (
    <article className="mx-auto max-w-2xl px-3 py-4">
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-line pb-3">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold">{heading}</h1>
          <CampaignTitleLine slug={slug} original={title} className="text-base text-muted" />
        </div>
        <OpenOnInkwell slug={slug} />
      </header>
      <div className="mt-4">{children}</div>
    </article>
  );
}

/** "Check your email" inside the frame, after a signature posted from an embed. */
export async function EmbedCheckEmail({ slug }: { slug: string }) {
  const t = await getTranslations("SupporterActions.checkEmail");
  return (
    <article className="mx-auto max-w-2xl px-3 py-4">
      <h1 className="text-xl font-semibold">{t("heading")}</h1>
      <p className="mt-3" role="status">
        {t("body")}
      </p>
      <p className="mt-2 text-sm text-muted">{t("spam", { days: confirmWindowDays })}</p>
      <p className="mt-4">
        <OpenOnInkwell slug={slug} />
      </p>
    </article>
  );
}
