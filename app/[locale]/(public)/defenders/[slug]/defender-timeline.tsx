import Link from "@/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/markdown";
import type { DefenderTimelineEntry } from "@/db/queries/public-defenders";
import { UntranslatedNote } from "@/components/ui/untranslated-note";
import { calendarDate } from "@/lib/format";
import { fieldLanguage, originalLanguage, type TranslationInfo } from "@/lib/translations";
import { isolate } from "@/i18n/bidi";

/**
 * What happened to the defender, oldest first: recorded events and release news from their campaigns.
 * Events have no versions in other languages: they carry the profile's original language.
 */
export async function DefenderTimeline({ entries, profile }: { entries: DefenderTimelineEntry[]; profile: TranslationInfo }) {
  const [t, format] = await Promise.all([getTranslations("Defender"), getFormatter()]);
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="text-3xl font-semibold">
        {t("timelineHeading")}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-4 text-muted">{t("timelineNone")}</p>
      ) : (
        <ol className="mt-6 space-y-7 border-s-2 border-line ps-6">
          {entries.map((entry) => (
            <li key={`${entry.source}-${entry.id}`} className="relative">
              <span
                aria-hidden="true"
                className={`absolute top-1.5 -start-[1.95rem] size-3.5 rounded-full border-2 border-paper ${isGoodNews(entry) ? "bg-tone-green" : "bg-brand"}`}
              />
              <p className="text-sm text-muted">
                <time dateTime={entry.occurredOn}>{format.dateTime(calendarDate(entry.occurredOn), { dateStyle: "long" })}</time>
                {" · "}
                <TimelineKind entry={entry} />
              </p>
              <TimelineBody entry={entry} profile={profile} />
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

async function TimelineBody({ entry, profile }: { entry: DefenderTimelineEntry; profile: TranslationInfo }) {
  const t = await getTranslations("Defender");
  if (entry.source === "event") {
    return (
      <p className="mt-1">
        <span {...originalLanguage(profile)}>{entry.text}</span>
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
      <p {...fieldLanguage(entry.translation, "title")} className="font-semibold">
        {entry.title}
      </p>
      <UntranslatedNote translation={entry.translation} fields={["title", "body"]} className="text-xs text-muted" />
      {entry.body ? (
        <div className="mt-1" {...fieldLanguage(entry.translation, "body")}>
          <Markdown className="prose-story text-base">{entry.body}</Markdown>
        </div>
      ) : null}
      <p className="mt-1 text-sm">
        <Link href={`/campaigns/${entry.campaignSlug}`}>{isolate((v) => t("timelineFromCampaign", v), { title: entry.campaignTitle })}</Link>
      </p>
    </div>
  );
}
