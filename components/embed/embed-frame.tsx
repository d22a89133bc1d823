import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { CampaignTitleLine } from "@/components/campaign/campaign-title";
import { localizeHref } from "@/i18n/config";
import { requestLocale } from "@/i18n/navigation";
import { env } from "@/lib/env";
import { routes } from "@/lib/routes";
import { NewWindowLink } from "./new-window-link";

/** The campaign page's absolute address in the request's language: the embed's way out, into a new window. */
export async function campaignUrl(slug: string): Promise<string> {
  return `${env().SITE_URL.replace(/\/$/, "")}${localizeHref(routes.campaign(slug), await requestLocale())}`;
}

/** "Open on Inkwell": the full campaign page, in a new window (never inside the partner's frame). */
async function OpenOnInkwell({ slug }: { slug: string }) {
  const t = await getTranslations("Embed");
  return <NewWindowLink href={await campaignUrl(slug)} label={t("openOnInkwell")} newWindow={t("newWindow")} />;
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
