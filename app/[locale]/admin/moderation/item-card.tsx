import Link from "@/i18n/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { QueueItem } from "@/db/queries/moderation-queue";
import { countryName } from "@/lib/format";
import { itemHref } from "./filters";

/**
 * One item with the context a moderator needs: what it is, where it will be
 * shown, the text itself, who sent it (public name or organisation, never an
 * email), its age, the automated flags and who is reviewing it. `select` is
 * the queue's checkbox; `link` adds the way to the review page.
 */
export async function ItemCard({ item, select, link = true }: { item: QueueItem; select?: ReactNode; link?: boolean }) {
  const locale = await getLocale();
  const t = await getTranslations("AdminModeration");
  const format = await getFormatter();
  const now = new Date();
  const type = t(`types.${item.itemType}`);
  const time = (iso: string) => format.dateTime(new Date(iso), { hour: "2-digit", minute: "2-digit" });
  const summary = [type, item.heading ?? item.submitter, item.campaign?.title].filter(Boolean).join(" · ");
  return (
    <article className="flex flex-col gap-2 rounded-md border border-line bg-surface p-4" aria-label={summary}>
      <div className="flex flex-wrap items-center gap-2">
        {select}
        <Badge tone="brand">{type}</Badge>
        {item.overdue ? <Badge tone="red">{t("item.overdue")}</Badge> : null}
        {item.flags.map((flag) => (
          <Badge key={flag} tone="amber">
            {t(`flags.${flag}`)}
          </Badge>
        ))}
      </div>
      {item.heading ? <p className="text-lg font-semibold">{item.heading}</p> : null}
      <blockquote className="border-s-4 border-line ps-3 whitespace-pre-wrap">{item.body?.trim() || t("item.noText")}</blockquote>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
        {item.campaign ? (
          <>
            <dt className="font-semibold">{t("item.campaign")}</dt>
            <dd>
              {/* A campaign in review is not public yet: its preview is (for admins and its organisers only). */}
              <Link href={item.itemType === "campaign" ? `/campaigns/${item.campaign.slug}/preview` : `/campaigns/${item.campaign.slug}`} prefetch={false}>
                {item.campaign.title}
              </Link>
            </dd>
          </>
        ) : null}
        {item.defenderNames ? (
          <>
            <dt className="font-semibold">{t("item.defenders")}</dt>
            <dd>{item.defenderNames}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("item.submitter")}</dt>
        <dd>{item.submitter ?? t("item.anonymous")}</dd>
        {item.country ? (
          <>
            <dt className="font-semibold">{t("item.country")}</dt>
            <dd>{countryName(item.country, locale)}</dd>
          </>
        ) : null}
        {item.language ? (
          <>
            <dt className="font-semibold">{t("item.language")}</dt>
            <dd>{item.language}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("item.age")}</dt>
        <dd>
          <time dateTime={item.submittedAt}>{format.relativeTime(new Date(item.submittedAt), now)}</time>
        </dd>
      </dl>
      {item.lock ? (
        <p className="text-sm font-semibold text-tone-amber">
          {item.lock.mine ? t("item.lockedByYou", { until: time(item.lock.until) }) : t("item.lockedBy", { holder: item.lock.holder, until: time(item.lock.until) })}
        </p>
      ) : null}
      {link ? (
        <p>
          {/* No prefetch: opening the review page takes the review lock. */}
          <Link href={itemHref({ type: item.subjectType, id: item.subjectId })} prefetch={false} aria-label={t("item.reviewLabel", { summary })}>
            {t("item.review")}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
