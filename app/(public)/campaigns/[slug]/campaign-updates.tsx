import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Markdown } from "@/components/ui/markdown";
import type { CampaignPageUpdate, CampaignUpdateKind } from "@/db/queries/public-campaign-page";
import { calendarDate } from "@/lib/format";

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

/** The campaign's news, newest first. */
export async function CampaignUpdates({ updates }: { updates: CampaignPageUpdate[] }) {
  const [t, tKind, format] = await Promise.all([
    getTranslations("Campaign"),
    getTranslations("Enums.updateKind"),
    getFormatter(),
  ]);
  return (
    <section aria-labelledby="updates-heading">
      <h2 id="updates-heading" className="text-3xl font-semibold">
        {t("updatesHeading")}
      </h2>
      {updates.length === 0 ? (
        <p className="mt-4 text-muted">{t("updatesNone")}</p>
      ) : (
        <ol className="mt-6 space-y-8 border-l-2 border-line pl-6">
          {updates.map((update) => (
            <li key={update.id} className="relative">
              <span aria-hidden="true" className="absolute top-1.5 -left-[1.95rem] size-3.5 rounded-full border-2 border-surface bg-brand" />
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
                <time dateTime={update.occurredOn}>{format.dateTime(calendarDate(update.occurredOn), { dateStyle: "long" })}</time>
                <Badge tone={updateTones[update.kind]}>{tKind(update.kind)}</Badge>
              </div>
              <h3 className="mt-1.5 font-sans text-lg font-semibold">{update.title}</h3>
              {update.body ? (
                <div className="mt-1.5">
                  <Markdown className="prose-story text-base">{update.body}</Markdown>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
