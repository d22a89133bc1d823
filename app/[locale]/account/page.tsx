import type { Metadata } from "next";
import Link from "@/i18n/link";
import { localizedPath, redirect } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { listMyActions } from "@/db/queries/account";
import { listMyPartnerSources } from "@/db/queries/partner-sources";
import { getMyOrganiserRequest } from "@/db/queries/organiser-requests";
import { can } from "@/lib/permissions";
import { routes } from "@/lib/routes";
import { getViewer, type SignedInViewer } from "@/server/viewer";
import { OrganiserRequestForm } from "./organiser-request/request-form";
import { kindMessageKey } from "@/lib/action-kinds";
import { isolate } from "@/i18n/bidi";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function AccountPage() {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, "account:read:own")) return redirect("/signin");
  const [myActions, partnerSources, tPartners, t, tKind, format] = await Promise.all([
    listMyActions(viewer),
    listMyPartnerSources(viewer),
    getTranslations("Partners.account"),
    getTranslations("Account"),
    getTranslations(),
    getFormatter(),
  ]);
  // A route handler under [locale]: in the page's language, so its answers (sign-in) are too.
  const exportHref = await localizedPath("/account/export.json");

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <h1 className="text-4xl font-semibold tracking-tight">{t("heading")}</h1>
      {viewer.email ? <p className="mt-2 text-muted">{isolate((v) => t("signedInAs", v), { email: viewer.email })}</p> : null}

      <section aria-labelledby="my-actions-heading" className="mt-10">
        <h2 id="my-actions-heading" className="text-2xl font-semibold">
          {t("myActionsHeading")}
        </h2>
        <p className="mt-1 text-muted">{t("myActionsLead")}</p>
        {myActions.length === 0 ? (
          <p className="mt-4">
            {t("myActionsEmpty")}{" "}
            <Link href="/campaigns" className="font-semibold text-brand underline">
              {t("findCampaign")}
            </Link>
          </p>
        ) : (
          <DataTable
            columns={[{ label: t("campaign") }, { label: t("action") }, { label: t("date") }, { label: t("status") }, { label: t("news") }]}
            className="mt-4"
            size="sm"
            caption={t("myActionsHeading")}
          >
            {myActions.map((action) => (
              <tr key={action.id} className="border-b border-line align-top">
                <th scope="row" className="py-2 pe-4 font-normal">
                  {action.campaignSlug ? (
                    <Link href={routes.campaign(action.campaignSlug)} className="text-brand underline">
                      {action.campaignTitle}
                    </Link>
                  ) : (
                    <>
                      {action.campaignTitle} <span className="text-muted">{t("campaignNoLongerPublic")}</span>
                    </>
                  )}
                </th>
                <td className="py-2 pe-4">
                  {tKind(kindMessageKey(action.kind, "short"))}
                  {action.selfReported ? <span className="text-muted"> ({t("selfReported")})</span> : null}
                </td>
                <td className="py-2 pe-4 whitespace-nowrap">
                  <time dateTime={action.createdAt}>{format.dateTime(new Date(action.createdAt), { dateStyle: "medium" })}</time>
                </td>
                <td className="py-2 pe-4">{t(`actionStatus.${action.status}`)}</td>
                <td className="py-2">{action.wantsUpdates ? t("newsOn") : t("newsOff")}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      {partnerSources.length > 0 ? (
        <p className="mt-6">
          <Link href="/account/partners" className="font-semibold text-brand underline">
            {tPartners("accountLink")}
          </Link>
        </p>
      ) : null}

      {/* Only who cannot organise yet asks for access (organisers and admins hold the request permission too). */}
      {can(viewer, "organiser-request:create:own") && !can(viewer, "organise:access:any") ? <OrganiserAccess viewer={viewer} /> : null}

      <section aria-labelledby="my-data-heading" className="mt-12 grid gap-6 sm:grid-cols-2">
        <h2 id="my-data-heading" className="text-2xl font-semibold sm:col-span-2">
          {t("dataHeading")}
        </h2>
        <div className="rounded-lg border border-line bg-surface p-5">
          <p>{t("exportLead")}</p>
          <a
            href={exportHref}
            download
            className="mt-4 inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark"
          >
            {t("export")}
          </a>
        </div>
        {can(viewer, "account:delete:own") ? (
          <div className="rounded-lg border border-line bg-surface p-5">
            <p>{t("deleteLead")}</p>
            <Link
              href="/account/delete"
              className="mt-4 inline-flex min-h-11 items-center rounded-md border border-tone-red px-5 py-2 font-semibold text-tone-red"
            >
              {t("delete")}
            </Link>
          </div>
        ) : null}
      </section>
    </div>
  );
}

/** A supporter may ask the admins for organiser access, once at a time. */
async function OrganiserAccess({ viewer }: { viewer: SignedInViewer }) {
  const [request, t, format] = await Promise.all([getMyOrganiserRequest(viewer), getTranslations("OrganiserRequest"), getFormatter()]);
  return (
    <section aria-labelledby="organiser-access-heading" className="mt-12 max-w-2xl">
      <h2 id="organiser-access-heading" className="text-2xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-muted">{t("lead")}</p>
      {request ? (
        <p className="mt-4 rounded-lg border border-line bg-surface p-4">
          {t("status", {
            organisation: request.organisationName,
            date: format.dateTime(new Date(request.createdAt), { dateStyle: "medium" }),
            status: request.status,
          })}
        </p>
      ) : null}
      {!request || request.status === "refused" ? (
        <OrganiserRequestForm
          text={{
            organisationName: t("organisationName"),
            reason: t("reason"),
            reasonHint: t("reasonHint"),
            submit: t("submit"),
            submitting: t("submitting"),
          }}
        />
      ) : null}
    </section>
  );
}
