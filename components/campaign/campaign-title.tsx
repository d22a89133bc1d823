import { UntranslatedNote } from "@/components/ui/untranslated-note";
import { getPublicCampaignTitle } from "@/db/queries/translations";
import { requestLocale } from "@/i18n/navigation";
import { fieldLanguage } from "@/lib/translations";

/**
 * A public campaign's title in the request's language (its version, else the
 * original), for the action pages' headings and titles; `original` when the
 * campaign is not public (the page answers 404 on its own).
 */
export async function campaignTitleIn(slug: string, original: string): Promise<string> {
  return (await getPublicCampaignTitle(slug, await requestLocale()))?.title ?? original;
}

/** The campaign's title under an action page's heading, in the page's language or the original (with its lang and the note). */
export async function CampaignTitleLine({ slug, original, className = "mt-2 text-xl text-muted" }: { slug: string; original: string; className?: string }) {
  const localized = await getPublicCampaignTitle(slug, await requestLocale());
  if (!localized) return <p className={className}>{original}</p>;
  return (
    <>
      <p {...fieldLanguage(localized.translation, "title")} className={className}>
        {localized.title}
      </p>
      <UntranslatedNote translation={localized.translation} className="mt-1 text-xs text-muted" />
    </>
  );
}
