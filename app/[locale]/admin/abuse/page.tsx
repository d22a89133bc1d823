import type { Metadata } from "next";
import Link from "@/i18n/link";
import { getTranslations } from "next-intl/server";
import { getKillSwitchesPage } from "@/db/queries/kill-switches";
import { orNotFound, requirePagePermission } from "@/server/guards";
import { AbuseNav, abuseSections } from "./abuse-nav";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminAbuse.overview");
  return { title: t("title") };
}

export default async function AbuseOverviewPage() {
  const viewer = await requirePagePermission("abuse:manage:any", "/admin/abuse");
  const [t, tNav, switches] = await Promise.all([
    getTranslations("AdminAbuse.overview"),
    getTranslations("AdminAbuse.nav"),
    orNotFound(getKillSwitchesPage(viewer, "")),
  ]);
  const site = switches.site;
  const state = [
    site.collectionPaused ? t("collectionPaused") : null,
    site.pausedKinds.length ? t("kindsPaused", { count: site.pausedKinds.length }) : null,
    site.mailPaused ? t("mailPaused") : null,
  ].filter((line): line is string => line !== null);

  return (
    <>
      <h1 className="mb-4 text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <AbuseNav current={null} />
      <p className="mb-6 max-w-3xl text-muted">{t("lead")}</p>
      <section aria-labelledby="site-state-heading" className="mb-8">
        <h2 id="site-state-heading" className="mb-2 text-xl font-semibold">
          {t("stateHeading")}
        </h2>
        {state.length === 0 ? (
          <p>{t("allRunning")}</p>
        ) : (
          <ul className="list-disc ps-6 font-semibold text-tone-red">
            {state.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </section>
      <ul className="grid gap-4 sm:grid-cols-2">
        {abuseSections.map((section) => (
          <li key={section} className="rounded-xl border border-line bg-surface p-5">
            <h2 className="text-lg font-semibold">
              <Link href={`/admin/abuse/${section}`}>{tNav(section)}</Link>
            </h2>
            <p className="mt-1 text-muted">{t(`describe.${section}`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
