import Link from "@/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/markdown";
import type { DefenderTimelineEntry } from "@/db/queries/public-defenders";
import { calendarDate } from "@/lib/format";

/** What happened to the defender, oldest first: recorded events and release news from their campaigns. */
export async function DefenderTimeline({ entries }: { entries: DefenderTimelineEntry[] }) {
  const [t, format] = await Promise.all([getTranslations("Defender"), getFormatter()]);
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="text-3xl font-semibold">
        {t("timelineHeading")}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-4 text-muted">{t("timelineNone")}</p>
      ) : (
        <ol className="mt-6 space-y-7 border-l-2 border-line pl-6">
          {entries.map((entry) => (
            <li key={`${entry.source}-${entry.id}`} className="relative">
              <span
                aria-hidden="true"
                className={`absolute top-1.5 -left-[1.95rem] size-3.5 rounded-full border-2 border-paper ${isGoodNews(entry) ? "bg-tone-green" : "bg-brand"}`}
              />
              <p className="text-sm text-muted">
                <time dateTime={entry.occurredOn}>{format.dateTime(calendarDate(entry.occurredOn), { dateStyle: "long" })}</time>
                {" · "}
                <TimelineKind entry={entry} />
              </p>
              <TimelineBody entry={entry} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function isGoodNews(entry: DefenderTimelineEntry): boolean {
  return entry.kind === "release" || entry.kind === "released" || entry.kind === "acquitted" || entry.kind === "award";
}

async function TimelineKind({ entry }: { entry: DefenderTimelineEntry }) {
  const [tEvent, tUpdate] = await Promise.all([getTranslations("Enums.eventKind"), getTranslations("Enums.updateKind")]);
  return <span className="font-semibold text-ink">{entry.source === "event" ? tEvent(entry.kind) : tUpdate(entry.kind)}</span>;
}

async function TimelineBody({ entry }: { entry: DefenderTimelineEntry }) {
  const t = await getTranslations("Defender");
  if (entry.source === "event") {
    return (
      <p className="mt-1">
        {entry.text}
        {entry.sourceUrl && /^https?:\/\//i.test(entry.sourceUrl) ? (
          <>
            {" "}
            <a href={entry.sourceUrl} rel="nofollow noopener noreferrer" className="text-sm">
              {t("timelineSource")}
            </a>
          </>
        ) : null}
      </p>
    );
  }
  return (
    <div className="mt-1">
      <p className="font-semibold">{entry.title}</p>
      {entry.body ? (
        <div className="mt-1">
          <Markdown className="prose-story text-base">{entry.body}</Markdown>
        </div>
      ) : null}
      <p className="mt-1 text-sm">
        <Link href={`/campaigns/${entry.campaignSlug}`}>{t("timelineFromCampaign", { title: entry.campaignTitle })}</Link>
      </p>
    </div>
  );
}
