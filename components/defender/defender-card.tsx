import Link from "@/i18n/link";
import { getLocale } from "next-intl/server";
import { Heading, type HeadingLevel } from "@/components/ui/heading";
import type { DefenderCard as DefenderCardData } from "@/db/queries/public-defenders";
import { UntranslatedNote } from "@/components/ui/untranslated-note";
import { countryName } from "@/lib/format";
import { fieldLanguage } from "@/lib/translations";
import { DefenderPortrait } from "./defender-portrait";
import { DefenderStatusBadge } from "./defender-status-badge";

/** A defender in a list. The whole card is clickable; the link's name is the defender's name. */
export async function DefenderCard({
  defender,
  headingLevel = 3,
}: {
  defender: DefenderCardData;
  headingLevel?: HeadingLevel;
}) {
  const locale = await getLocale();
  return (
    <article className="group relative flex h-full flex-col rounded-xl border border-line bg-surface p-5 shadow-sm transition-shadow focus-within:shadow-md hover:shadow-md">
      <div className="flex items-start gap-4">
        <DefenderPortrait
          name={defender.name}
          photoPath={defender.photoPath}
          photoAlt={defender.photoAlt}
          photoLanguage={fieldLanguage(defender.translation, "photoAlt")}
        />
        <div className="min-w-0">
          <Heading level={headingLevel} className="text-xl font-semibold">
            <Link
              href={`/defenders/${defender.slug}`}
              dir="auto"
              className="text-ink no-underline after:absolute after:inset-0 after:rounded-xl after:content-[''] group-hover:underline"
            >
              {defender.name}
            </Link>
          </Heading>
          {defender.nameNative ? (
            <p dir="auto" className="text-sm text-muted">
              {defender.nameNative}
            </p>
          ) : null}
          <p className="mt-0.5 text-sm text-muted">
            {defender.profession ? (
              <>
                <span {...fieldLanguage(defender.translation, "profession")}>{defender.profession}</span>
                {" · "}
              </>
            ) : null}
            {countryName(defender.country, locale)}
          </p>
        </div>
      </div>
      <div className="mt-4">
        <DefenderStatusBadge status={defender.status} />
      </div>
      <p {...fieldLanguage(defender.translation, "summary")} className="mt-3 line-clamp-4 text-[0.975rem]">
        {defender.summary}
      </p>
      <UntranslatedNote translation={defender.translation} className="mt-2 text-xs text-muted" />
    </article>
  );
}
