import type { Metadata } from "next";
import Link from "@/i18n/link";
import { Arrow } from "@/components/ui/arrow";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { listModerationDecisions, listModerationReasons } from "@/db/queries/moderation-decisions";
import { getOpenModerationItem, lockModerationItem, type ModerationSubject } from "@/db/queries/moderation-queue";
import { getCampaignForReview } from "@/db/queries/campaign-review";
import { requirePagePermission } from "@/server/guards";
import { can } from "@/lib/permissions";
import { CampaignReview } from "../../campaign-review";
import { DecisionForm } from "../../decision-form";
import { itemHref, parseSubjectKey, subjectKey } from "../../filters";
import { ItemCard } from "../../item-card";
import { decisionLabels } from "../../labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminModeration.meta");
  return { title: t("itemTitle") };
}

/**
 * One item under review. Opening it takes the review lock for a few minutes
 * (unless another admin holds it), so two admins do not decide it twice; the
 * decision itself checks the lock again.
 */
export default async function ModerationItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ type: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ type, id }, { decided }] = await Promise.all([params, searchParams]);
  const subject = parseSubjectKey(`${type}:${decodeURIComponent(id)}`);
  const viewer = await requirePagePermission("moderation:decide:any", subject ? itemHref(subject) : "/admin/moderation");
  if (!subject) notFound();
  const lock = await lockModerationItem(viewer, subject);
  const [t, format, item, decisions, reasons, labels, campaign] = await Promise.all([
    getTranslations("AdminModeration"),
    getFormatter(),
    getOpenModerationItem(viewer, subject),
    listModerationDecisions(viewer, subject),
    listModerationReasons(viewer, { activeOnly: true }),
    decisionLabels("single"),
    // A campaign is decided from all of it: story, asks, targets, templates, defenders and their consent.
    subject.type === "campaign" ? getCampaignForReview(viewer, subject.id) : null,
  ]);
  if (!item && decisions.length === 0) notFound();
  const time = (iso: string) => format.dateTime(new Date(iso), { hour: "2-digit", minute: "2-digit" });

  return (
    <>
      <p className="mb-2">
        <Link href="/admin/moderation">
          <Arrow to="back" /> {t("detail.back")}
        </Link>
      </p>
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">
        {t("detail.title", { type: item ? t(`types.${item.itemType}`) : subjectLabel(subject, t) })}
      </h1>
      {item ? (
        <div className="flex flex-col gap-6">
          {lock ? (
            <p role="status" className={`rounded-md p-3 font-semibold ${lock.ok ? "bg-tone-blue-soft text-tone-blue" : "bg-tone-amber-soft text-tone-amber"}`}>
              {lock.ok ? t("detail.lockTaken", { until: time(lock.until) }) : t("detail.lockHeld", { holder: lock.holder, until: time(lock.until) })}
            </p>
          ) : null}
          <ItemCard item={{ ...item, lock: null }} link={false} />
          {campaign ? <CampaignReview campaign={campaign} canOverride={can(viewer, "campaign:publish:any")} /> : null}
          <DecisionForm id="decide" item={subjectKey(subject)} reasons={reasons} labels={labels} />
        </div>
      ) : (
        <div className="flex flex-col gap-3">
          {decided ? (
            <p role="status" className="rounded-md bg-tone-green-soft p-3 font-semibold text-tone-green">
              {t("decide.decided", { count: 1 })}
            </p>
          ) : null}
          <p className="rounded-md bg-tone-grey-soft p-3 font-semibold">{t("detail.notOpen")}</p>
        </div>
      )}
      <section aria-labelledby="history" className="mt-8">
        <h2 id="history" className="mb-2 text-xl font-semibold">
          {t("detail.history")}
        </h2>
        {decisions.length === 0 ? (
          <p>{t("detail.noHistory")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {decisions.map((decision) => (
              <li key={decision.decidedAt} className="rounded-md border border-line bg-surface p-3">
                <p className="font-semibold">
                  {t("detail.decisionLine", {
                    verdict: t(`decide.verdicts.${decision.verdict}`),
                    who: decision.decidedBy ?? t("detail.someone"),
                    when: format.dateTime(new Date(decision.decidedAt), { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </p>
                {decision.reason ? <p>{decision.reason}</p> : null}
                {decision.note ? <p className="text-muted">{decision.note}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function subjectLabel(subject: ModerationSubject, t: Awaited<ReturnType<typeof getTranslations<"AdminModeration">>>): string {
  return t(`types.${subject.type}`);
}
