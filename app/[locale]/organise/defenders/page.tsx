import type { Metadata } from "next";
import Link from "@/i18n/link";
import { getTranslations } from "next-intl/server";
import { OrganisePageHeader, buttonLinkClass } from "@/components/organise/page-header";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { listDefendersForOrganiser } from "@/db/queries/organise-defenders";
import { requirePagePermission } from "@/server/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organise.defenders");
  return { title: t("title") };
}

export default async function OrganiseDefendersPage() {
  const viewer = await requirePagePermission("defender:edit:own", "/organise/defenders");
  const [t, statuses, consent, defenders] = await Promise.all([
    getTranslations("Organise.defenders"),
    getTranslations("Enums.defenderStatus"),
    getTranslations("Organise.consent.statuses"),
    listDefendersForOrganiser(viewer),
  ]);
  return (
    <>
      <OrganisePageHeader
        title={t("title")}
        actions={
          <Link href="/organise/defenders/new" className={buttonLinkClass}>
            {t("new")}
          </Link>
        }
      />
      {defenders.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-3">
          {defenders.map((defender) => (
            <li key={defender.id} className="flex flex-wrap items-center gap-3 rounded-md border border-line bg-surface p-3">
              <Link href={`/organise/defenders/${defender.id}`} dir="auto" className="font-semibold">
                {defender.name}
              </Link>
              <span className="text-muted">{defender.country}</span>
              <Badge tone="grey">{statuses(defender.status)}</Badge>
              <Badge tone={defender.consentStatus === "withdrawn" ? "red" : "blue"}>{consent(defender.consentStatus)}</Badge>
              {defender.paused ? <Badge tone="amber">{t("quiet")}</Badge> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
