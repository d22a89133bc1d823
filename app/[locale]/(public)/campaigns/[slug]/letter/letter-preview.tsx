import { getLocale, getTranslations } from "next-intl/server";
import type { LetterTemplate } from "@/db/queries/signatures";
import type { SupporterTarget } from "@/db/queries/supporter-targets";
import { countryName } from "@/lib/format";
import { renderTemplate } from "@/lib/templates/render";
import { isolate } from "@/i18n/bidi";
import { languageDirection } from "@/lib/templates/language";

/** The template in `language` ("fr-CA" matches "fr"), else English, else the first one. */
export function pickTemplate(templates: LetterTemplate[], language: string): LetterTemplate | null {
  const base = language.toLowerCase().split("-")[0];
  return (
    templates.find((t) => t.language.toLowerCase() === language.toLowerCase()) ??
    templates.find((t) => t.language.toLowerCase().split("-")[0] === base) ??
    templates.find((t) => t.language === "en") ??
    templates[0] ??
    null
  );
}

export function addressBlock(target: SupporterTarget, locale: string): string[] {
  const lines = [[target.honorific, target.name].filter(Boolean).join(" "), target.title ?? ""];
  lines.push(...target.addressLines, [target.postcode, target.city].filter(Boolean).join(" "));
  if (target.hostCountry) lines.push(countryName(target.hostCountry, locale));
  return lines.filter(Boolean);
}

/** The model letter as a supporter would send it to `target`: address block, then the rendered template. */
export async function LetterPreview({
  target,
  templates,
  language,
  defenderName,
  campaignTitle,
  supporterCountry,
  now,
}: {
  target: SupporterTarget;
  templates: LetterTemplate[];
  /** The letter's language, chosen by the page (lib/templates/language.ts); null: the target's. */
  language: string | null;
  defenderName: string | null;
  campaignTitle: string;
  supporterCountry: string | null;
  now: Date;
}) {
  const [t, locale] = await Promise.all([getTranslations("SupporterActions.letter"), getLocale()]);
  const template = pickTemplate(templates, language ?? target.language);
  const headingId = `letter-to-${target.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-line bg-surface p-5 shadow-sm sm:p-8">
      <h3 id={headingId} className="font-sans text-sm font-semibold tracking-wide text-muted uppercase">
        {isolate((v) => t("previewFor", v), { name: [target.honorific, target.name].filter(Boolean).join(" ") })}
      </h3>
      <h4 className="sr-only">{t("addressHeading")}</h4>
      <address className="mt-4 not-italic">
        {addressBlock(target, locale).map((line) => (
          <span key={line} className="block">
            {line}
          </span>
        ))}
      </address>
      {template ? (
        <div lang={template.language} dir={languageDirection(template.language)} data-testid="letter-text" className="mt-6 font-serif text-lg leading-relaxed whitespace-pre-line">
          {renderTemplate(template.body, {
            "target.honorific": target.honorific,
            "target.name": target.name,
            "target.title": target.title,
            "supporter.name": t("previewName"),
            "supporter.city": t("previewCity"),
            "supporter.country": supporterCountry ? countryName(supporterCountry, template.language) : t("previewCountry"),
            "defender.name": defenderName,
            "campaign.title": campaignTitle,
            date: new Intl.DateTimeFormat(template.language, { dateStyle: "long", timeZone: "UTC" }).format(now),
          })}
        </div>
      ) : (
        <p className="mt-6 text-muted">{t("noTemplate")}</p>
      )}
    </article>
  );
}
