import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { redirect } from "@/i18n/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { getDeliveryPage } from "@/db/queries/delivery";
import { lettersPerPart } from "@/server/delivery/letters-bundle";
import { kindMessageKey } from "@/lib/action-kinds";
import { calendarDate } from "@/lib/format";
import { getViewer } from "@/server/viewer";
import { recordDeliveryAction, saveResponseFromList } from "./actions";
import { DeliveryForm } from "./delivery-form";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Delivery");
  return { title: t("metaTitle") };
}

const linkClass = "font-medium underline";

export default async function DeliveryTab({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const viewer = await getViewer();
  if (!viewer) return redirect(`/signin?callbackUrl=/organise/campaigns/${id}/delivery`);
  const page = await getDeliveryPage(viewer, id);
  if (!page) notFound();
  const [t, tKind, format, messages] = await Promise.all([getTranslations("Delivery"), getTranslations(), getFormatter(), getMessages()]);
  const api = `/api/organise/campaigns/${page.campaign.id}`;
  const forTarget = (targetId?: string) => (targetId ? `target=${targetId}` : "");
  const join = (...parts: string[]) => parts.filter(Boolean).join("&");
  const today = new Date().toISOString().slice(0, 10);
  const allTargets = {
    id: "",
    name: t("allTargets"),
    letters: page.confirmedLetters,
    byKind: Object.fromEntries(page.kinds.map(({ kind, confirmed }) => [kind, confirmed])),
  };
  const responseNotice = query.response === "saved" ? t("responseSaved") : query.response === "failed" ? t("notFound") : null;

  return (
    <div className="flex flex-col gap-10">
      <div>
        <p className="max-w-3xl text-muted">{t("lead")}</p>
        <p className="mt-2 font-semibold">
          {[
            ...page.kinds.map(({ kind, confirmed }) => t("kindTotal", { label: tKind(kindMessageKey(kind, "confirmed")), count: confirmed })),
            t("solidarityTotal", { solidarity: page.confirmedSolidarity }),
          ].join(" · ")}
        </p>
      </div>

      <section aria-labelledby="exports-heading" className="flex flex-col gap-4">
        <h2 id="exports-heading" className="text-xl font-semibold">
          {t("exportsHeading")}
        </h2>
        <p className="max-w-3xl text-muted">{t("exportsLead")}</p>
        {page.hasLetterTemplate ? (
          page.kinds
            .filter(({ confirmed, hasTemplate }) => confirmed > 0 && !hasTemplate)
            .map(({ kind }) => (
              <p key={kind} className="rounded-md bg-tone-amber-soft p-3 text-tone-amber">
                {t("noKindTemplate", { kind: tKind(kindMessageKey(kind, "short")) })}
              </p>
            ))
        ) : (
          <p className="rounded-md bg-tone-amber-soft p-3 text-tone-amber">{t("noLetterTemplate")}</p>
        )}
        <DataTable
          columns={[
            { label: t("columnTarget") },
            ...page.kinds.map(({ kind }) => ({ label: tKind(kindMessageKey(kind, "confirmed")) })),
            { label: t("columnDownloads") },
          ]}
        >
          {[allTargets, ...page.targets].map((target) => {
            const named = target.id ? { target: target.name } : null;
            return (
              <tr key={target.id || "all"} className="border-b border-line align-top">
                <th scope="row" className="py-2 pe-4 font-normal">{target.name}</th>
                {page.kinds.map(({ kind }) => (
                  <td key={kind} className="py-2 pe-4">
                    {format.number(target.byKind[kind] ?? 0)}
                  </td>
                ))}
                <td className="py-2">
                  <ul className="flex flex-col gap-1">
                    <li>
                      <a href={`${api}/export.csv?${forTarget(target.id)}`} className={linkClass} download>
                        {named ? t("csvFor", named) : t("csv")}
                      </a>
                    </li>
                    {page.hasLetterTemplate ? (
                      <>
                        {Array.from({ length: Math.max(1, Math.ceil(target.letters / lettersPerPart)) }, (_, index) => {
                          const parts = Math.ceil(target.letters / lettersPerPart);
                          const label = named ? t("pdfEachFor", named) : t("pdfEach");
                          return (
                            <li key={index}>
                              <a href={`${api}/letters.pdf?${join("mode=each", `part=${index + 1}`, forTarget(target.id))}`} className={linkClass} download>
                                {parts > 1 ? t("part", { label, part: index + 1, parts }) : label}
                              </a>
                            </li>
                          );
                        })}
                        <li>
                          <a href={`${api}/letters.pdf?${join("mode=list", forTarget(target.id))}`} className={linkClass} download>
                            {named ? t("pdfListFor", named) : t("pdfList")}
                          </a>
                        </li>
                      </>
                    ) : null}
                  </ul>
                </td>
              </tr>
            );
          })}
        </DataTable>
        {page.kinds
          .filter(({ withoutTarget }) => withoutTarget > 0)
          .map(({ kind, withoutTarget }) => (
            <p key={kind} className="text-muted">
              {t("withoutTarget", { kind: tKind(kindMessageKey(kind, "short")), count: withoutTarget })}
            </p>
          ))}
        <div>
          <a href={`${api}/solidarity.pdf`} className={linkClass} download>
            {t("solidarityPdf")}
          </a>
          <p className="text-sm text-muted">{t("solidarityNote")}</p>
        </div>
        <div>
          <h3 className="font-semibold">{t("emailsHeading")}</h3>
          <p className="text-sm text-muted">{t("emailsLead")}</p>
          <a href={`${api}/export.csv?emails=1`} className={linkClass} download>
            {t("emailsLink")}
          </a>
        </div>
      </section>

      <section aria-labelledby="record-heading" className="flex flex-col gap-4">
        <h2 id="record-heading" className="text-xl font-semibold">
          {t("recordHeading")}
        </h2>
        <NextIntlClientProvider messages={{ Delivery: messages.Delivery }}>
          <DeliveryForm action={recordDeliveryAction} campaignId={page.campaign.id} targets={page.targets} today={today} />
        </NextIntlClientProvider>
      </section>

      <section aria-labelledby="history-heading" className="flex flex-col gap-4">
        <h2 id="history-heading" className="text-xl font-semibold">
          {t("historyHeading")}
        </h2>
        <div role="status">{responseNotice ? <p className="rounded-md bg-brand-soft p-3 font-semibold">{responseNotice}</p> : null}</div>
        {page.deliveries.length === 0 ? (
          <p className="text-muted">{t("noDeliveries")}</p>
        ) : (
          <ol className="flex flex-col gap-4">
            {page.deliveries.map((delivery) => {
              const date = format.dateTime(calendarDate(delivery.deliveredOn), { dateStyle: "long" });
              return (
                <li key={delivery.id} className="rounded-md border border-line bg-surface p-4">
                  <p>
                    {t("deliveryLine", {
                      date,
                      method: delivery.method,
                      count: delivery.actionCount,
                      target: delivery.targetName ?? "none",
                      who: delivery.deliveredBy ?? "none",
                    })}
                  </p>
                  <form action={saveResponseFromList} className="mt-3 flex flex-col gap-2">
                    <input type="hidden" name="campaignId" value={page.campaign.id} />
                    <input type="hidden" name="deliveryId" value={delivery.id} />
                    <label htmlFor={`response-${delivery.id}`} className="font-semibold">
                      {t("responseLabel", { date })}
                    </label>
                    <textarea
                      id={`response-${delivery.id}`}
                      name="response"
                      rows={2}
                      dir="auto"
                      defaultValue={delivery.response ?? ""}
                      className="w-full rounded-md border border-line bg-surface px-3 py-2"
                    />
                    <div>
                      <button type="submit" className="min-h-11 rounded-md border border-line bg-surface px-4 font-semibold">
                        {t("saveResponse")}
                      </button>
                    </div>
                  </form>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
