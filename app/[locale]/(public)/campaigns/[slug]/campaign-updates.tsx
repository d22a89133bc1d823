import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Markdown } from "@/components/ui/markdown";
import { UntranslatedNote } from "@/components/ui/untranslated-note";
import type { CampaignPageDelivery, CampaignPageUpdate, CampaignUpdateKind } from "@/db/queries/public-campaign-page";
import { calendarDate } from "@/lib/format";
import { fieldLanguage } from "@/lib/translations";
import { isolate } from "@/i18n/bidi";

const updateTones: Record<CampaignUpdateKind, BadgeTone> = {
  update: "grey",
  hearing: "amber",
  sentenced: "red",
  transferred: "amber",
  released: "green",
  acquitted: "green",
  disappeared: "violet",
  outcome: "brand",
};

type TimelineEntry = { date: string } & ({ update: CampaignPageUpdate } | { delivery: CampaignPageDelivery });

/** News and deliveries in one list, newest first (stable: on the same day, the order given). */
function timeline(updates: CampaignPageUpdate[], deliveries: CampaignPageDelivery[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...updates.map((update) => ({ date: update.occurredOn, update })),
    ...deliveries.map((delivery) => ({ date: delivery.deliveredOn, delivery })),
  ];
  return entries.sort((a, b) => b.date.localeCompare(a.date));
}

/** The campaign's news and what was delivered to the authorities, newest first. */
export async function CampaignUpdates({ updates, deliveries }: { updates: CampaignPageUpdate[]; deliveries: CampaignPageDelivery[] }) {
  const [t, tKind, format] = await Promise.all([
    getTranslations("Campaign"),
    getTranslations("Enums.updateKind"),
    getFormatter(),
  ]);
  const entries = timeline(updates, deliveries);
  return (
    <section aria-labelledby="updates-heading">
      <h2 id="updates-heading" className="text-3xl font-semibold">
        {t("updatesHeading")}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-4 text-muted">{t("updatesNone")}</p>
      ) : (
        <ol className="mt-6 space-y-8 border-s-2 border-line ps-6">
          {entries.map((entry) => (
            <li key={"update" in entry ? entry.update.id : entry.delivery.id} className="relative">
              <span aria-hidden="true" className="absolute top-1.5 -start-[1.95rem] size-3.5 rounded-full border-2 border-surface bg-brand" />
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
                <time dateTime={entry.date}>{format.dateTime(calendarDate(entry.date), { dateStyle: "long" })}</time>
                {"update" in entry ? (
                  <Badge tone={updateTones[entry.update.kind]}>{tKind(entry.update.kind)}</Badge>
                ) : (
                  <Badge tone="brand">{t("deliveryBadge")}</Badge>
                )}
              </div>
              {"update" in entry ? <UpdateBody update={entry.update} /> : <DeliveryBody delivery={entry.delivery} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function UpdateBody({ update }: { update: CampaignPageUpdate }) {
  return (
    <>
      <h3 {...fieldLanguage(update.translation, "title")} className="mt-1.5 font-sans text-lg font-semibold">
        {update.title}
      </h3>
      <UntranslatedNote translation={update.translation} className="mt-1 text-xs text-muted" />
      {update.body ? (
        <div className="mt-1.5" {...fieldLanguage(update.translation, "body")}>
          <Markdown className="prose-story text-base">{update.body}</Markdown>
        </div>
      ) : null}
    </>
  );
}

async function DeliveryBody({ delivery }: { delivery: CampaignPageDelivery }) {
  const [t, format] = await Promise.all([getTranslations("Campaign"), getFormatter()]);
  const count = format.number(delivery.actionCount);
  return (
    <>
      <h3 className="mt-1.5 font-sans text-lg font-semibold">
        {delivery.targetName
          ? t("deliveryTitleTo", { count, target: delivery.targetName })
          : t("deliveryTitle", { count })}
      </h3>
      <p className="mt-1.5">{isolate((v) => t("deliveryMethod", v), { method: delivery.method })}</p>
      {delivery.response ? <p className="mt-1.5">{isolate((v) => t("deliveryResponse", v), { response: delivery.response })}</p> : null}
    </>
  );
}
