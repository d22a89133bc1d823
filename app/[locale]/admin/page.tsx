import type { Metadata } from "next";
import Link from "@/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { getAdminOverview } from "@/db/queries/admin-overview";
import { listLatestAuditEntries } from "@/db/queries/admin-audit";
import { orNotFound, requirePagePermission } from "@/server/guards";
import { AuditTable } from "./audit/audit-table";
import { auditHref } from "./audit/filters";
import { kindMessageKey } from "@/lib/action-kinds";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin.overview");
  return { title: t("title") };
}

export default async function AdminOverviewPage() {
  const viewer = await requirePagePermission("admin:access:any", "/admin");
  const [t, enums, format, overview, latest] = await Promise.all([
    getTranslations("Admin.overview"),
    getTranslations(),
    getFormatter(),
    orNotFound(getAdminOverview(viewer)),
    listLatestAuditEntries(viewer, 10),
  ]);
  const now = new Date();
  const switches = overview.switches;
  const activeSwitches = [
    switches.collectionPaused ? t("siteCollectionPaused") : null,
    switches.pausedKinds.length
      ? t("kindsPaused", { kinds: switches.pausedKinds.map((kind) => enums(kindMessageKey(kind, "short"))).join(", ") })
      : null,
    switches.mailPaused ? t("siteMailPaused") : null,
    switches.campaignsCollectionPaused ? t("campaignsCollectionPaused", { count: switches.campaignsCollectionPaused }) : null,
    switches.campaignsMailPaused ? t("campaignsMailPaused", { count: switches.campaignsMailPaused }) : null,
  ].filter((line): line is string => line !== null);

  return (
    <>
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label={t("openModeration")} value={format.number(overview.openModeration)} href="/admin/moderation" linkLabel={t("openQueue")} />
        <Stat
          label={t("overdueModeration", { hours: overview.overdueHours })}
          value={format.number(overview.overdueModeration)}
          href="/admin/moderation?tab=overdue"
          linkLabel={t("openOverdue")}
          alert={overview.overdueModeration > 0}
        />
        <Stat
          label={t("pendingRequests")}
          value={format.number(overview.pendingOrganiserRequests)}
          href="/admin/moderation?type=organiser_request"
          linkLabel={t("openRequests")}
        />
        <Stat label={t("activeSwitches")} value={format.number(activeSwitches.length)} href="/admin/abuse" linkLabel={t("openSwitches")} alert={activeSwitches.length > 0} />
      </ul>

      <section aria-labelledby="switches-heading" className="mt-8">
        <h2 id="switches-heading" className="mb-3 text-xl font-semibold">
          {t("switchesHeading")}
        </h2>
        {activeSwitches.length === 0 ? (
          <p>{t("noSwitches")}</p>
        ) : (
          <ul className="list-disc ps-6">
            {activeSwitches.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="latest-heading" className="mt-8">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="latest-heading" className="text-xl font-semibold">
            {t("latestAudit")}
          </h2>
          <Link href="/admin/audit">{t("wholeLog")}</Link>
        </div>
        {latest.length === 0 ? (
          <EmptyState title={t("noAudit")} />
        ) : (
          <AuditTable
            entries={latest.map((entry) => ({
              ...entry,
              time: `${format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })} UTC`,
              relative: format.relativeTime(entry.createdAt, now),
              entityFilterHref: auditHref({ entityType: entry.entityType, entityId: entry.entityId }),
              actorFilterHref: entry.actorId ? auditHref({ actor: entry.actorId }) : null,
            }))}
          />
        )}
      </section>
    </>
  );
}

function Stat({ label, value, href, linkLabel, alert = false }: { label: string; value: string; href: string; linkLabel: string; alert?: boolean }) {
  return (
    <li className={`flex flex-col gap-1 rounded-xl border bg-surface p-4 ${alert ? "border-tone-red" : "border-line"}`}>
      <span className="text-sm font-semibold text-muted">{label}</span>
      <span className={`text-3xl font-semibold tabular-nums ${alert ? "text-tone-red" : ""}`}>{value}</span>
      <Link href={href} className="text-sm">
        {linkLabel}
      </Link>
    </li>
  );
}
