import type { Metadata } from "next";
import Link from "@/i18n/link";
import Form from "@/i18n/form";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/organise/action-form";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { getKillSwitchesPage, type CampaignSwitchRow } from "@/db/queries/kill-switches";
import { orNotFound, requirePagePermission } from "@/server/guards";
import { routes } from "@/lib/routes";
import { AbuseMessages } from "../abuse-messages";
import { AbuseNav } from "../abuse-nav";
import { setCampaignSwitchAction, setPausedKindsAction, setSiteSwitchAction } from "./actions";
import { KindsForm } from "./kinds-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminAbuse.switches");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const dangerButton = "min-h-11 rounded-md bg-tone-red px-4 font-semibold text-white hover:opacity-90";
const calmButton = "min-h-11 rounded-md border border-line bg-surface px-4 font-semibold hover:bg-brand-soft";

export default async function KillSwitchesPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("abuse:manage:any", "/admin/abuse/switches");
  const query = await searchParams;
  const search = typeof query.q === "string" ? query.q.trim().slice(0, 200) : "";
  const [t, page] = await Promise.all([getTranslations("AdminAbuse.switches"), orNotFound(getKillSwitchesPage(viewer, search))]);

  return (
    <>
      <h1 className="mb-4 text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <AbuseNav current="switches" />
      <p className="mb-6 max-w-3xl text-muted">{t("lead")}</p>

      <section aria-labelledby="site-heading" className="mb-10 flex flex-col gap-6">
        <h2 id="site-heading" className="text-xl font-semibold">
          {t("siteHeading")}
        </h2>
        {(["collection", "mail"] as const).map((which) => {
          const isOn = which === "collection" ? page.site.collectionPaused : page.site.mailPaused;
          return (
            <div key={which} className="rounded-lg border border-line bg-surface p-4">
              <h3 className="flex flex-wrap items-center gap-3 font-semibold">
                {t(`site.${which}.name`)}
                {isOn ? <Badge tone="red">{t("on")}</Badge> : <Badge tone="green">{t("off")}</Badge>}
              </h3>
              <p className="mt-1 text-sm text-muted">{t(`site.${which}.describe`)}</p>
              <ActionForm
                action={setSiteSwitchAction}
                hidden={{ which, on: String(!isOn) }}
                label={isOn ? t(`site.${which}.turnOff`) : t(`site.${which}.turnOn`)}
                pendingLabel={t("saving")}
                messageId={`site-${which}-message`}
                className="mt-3 flex flex-wrap items-center gap-3"
                buttonClassName={isOn ? calmButton : dangerButton}
              />
            </div>
          );
        })}
        <div className="rounded-lg border border-line bg-surface p-4">
          <h3 className="font-semibold">{t("kinds.name")}</h3>
          <p className="mt-1 mb-3 text-sm text-muted">{t("kinds.describe")}</p>
          <AbuseMessages>
            <KindsForm action={setPausedKindsAction} paused={page.site.pausedKinds} />
          </AbuseMessages>
        </div>
      </section>

      <section aria-labelledby="campaigns-heading">
        <h2 id="campaigns-heading" className="mb-3 text-xl font-semibold">
          {t("campaignsHeading")}
        </h2>
        <Form method="get" action="/admin/abuse/switches" role="search" className="mb-4 flex flex-wrap items-end gap-3">
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <label htmlFor="switch-search" className="font-semibold">
              {t("search")}
            </label>
            <input
              id="switch-search"
              name="q"
              type="search"
              dir="auto"
              defaultValue={search}
              maxLength={200}
              className="h-11 w-full rounded-md border border-line bg-surface px-3 text-base text-ink shadow-sm"
            />
          </div>
          <button type="submit" className={calmButton}>
            {t("searchSubmit")}
          </button>
        </Form>
        {page.campaigns.length === 0 ? (
          <EmptyState>{t("noCampaigns")}</EmptyState>
        ) : (
          <CampaignSwitchTable rows={page.campaigns} />
        )}
        {page.truncated ? <p className="mt-3 text-muted">{t("truncated")}</p> : null}
      </section>
    </>
  );
}

async function CampaignSwitchTable({ rows }: { rows: CampaignSwitchRow[] }) {
  const [t, tStatus] = await Promise.all([getTranslations("AdminAbuse.switches"), getTranslations("Enums.campaignStatus")]);
  return (
    <DataTable
      columns={[{ label: t("columnCampaign") }, { label: t("columnCollection") }, { label: t("columnMail") }]}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-line align-top">
          <th scope="row" className="py-3 pe-4 font-normal">
            <Link href={routes.campaign(row.slug)}>{row.title}</Link>
            <span className="block text-sm text-muted">{tStatus(row.status)}</span>
          </th>
          {(["collection", "mail"] as const).map((which) => {
            const isOn = which === "collection" ? row.collectionPaused : row.mailPaused;
            return (
              <td key={which} className="py-3 pe-4">
                <p className="mb-2">{isOn ? <Badge tone="red">{t(`campaign.${which}.paused`)}</Badge> : <Badge tone="green">{t(`campaign.${which}.running`)}</Badge>}</p>
                <ActionForm
                  action={setCampaignSwitchAction}
                  hidden={{ campaignId: row.id, which, on: String(!isOn) }}
                  label={isOn ? t(`campaign.${which}.turnOff`) : t(`campaign.${which}.turnOn`)}
                  pendingLabel={t("saving")}
                  messageId={`switch-${which}-${row.id}`}
                  buttonClassName={isOn ? calmButton : dangerButton}
                />
              </td>
            );
          })}
        </tr>
      ))}
    </DataTable>
  );
}
