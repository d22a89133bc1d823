import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Heading, type HeadingLevel } from "@/components/ui/heading";
import type { TargetContact as TargetContactData } from "@/db/queries/public-campaign-page";
import { countryName } from "@/lib/format";

const externalRel = "nofollow noopener noreferrer";

function isWebUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

function handle(value: string): string {
  return value.replace(/^@/, "");
}

/**
 * A target's contact details as a supporter would use them. Example (demo or
 * unverified) details are labelled as such and rendered as plain text, never as
 * links that would dial, mail or open anything.
 */
export async function TargetContact({
  target,
  headingLevel = 4,
}: {
  target: TargetContactData;
  headingLevel?: HeadingLevel;
}) {
  const [t, tCommon, tKind, locale] = await Promise.all([
    getTranslations("Campaign"),
    getTranslations("Common"),
    getTranslations("Enums.targetKind"),
    getLocale(),
  ]);
  const live = !target.isExample;
  const addressLines = [...target.addressLines, [target.postcode, target.city].filter(Boolean).join(" ")].filter(Boolean);
  if (target.hostCountry) addressLines.push(countryName(target.hostCountry, locale));
  const displayName = [target.honorific, target.name].filter(Boolean).join(" ");

  return (
    <div className={`rounded-lg border bg-surface p-4 ${live ? "border-line" : "border-dashed border-tone-amber/50"}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <Heading level={headingLevel} className="font-sans text-base font-semibold">
            <bdi>{displayName}</bdi>
          </Heading>
          {target.title ? <p className="text-sm text-muted">{target.title}</p> : null}
          <p className="text-xs tracking-wide text-muted uppercase">
            {tKind(target.kind)}
            {target.representedState ? ` · ${t("representing", { state: countryName(target.representedState, locale) })}` : null}
          </p>
        </div>
        {live ? null : (
          <span className="rounded-md bg-tone-amber-soft px-2 py-1 text-xs font-bold tracking-wide text-tone-amber uppercase ring-1 ring-tone-amber/30 ring-inset">
            {tCommon("exampleData")}
          </span>
        )}
      </div>
      {live ? null : <p className="mt-2 text-sm text-tone-amber">{tCommon("exampleDataExplanation")}</p>}
      <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
        {addressLines.length > 0 ? (
          <ContactRow label={t("contactAddress")}>
            <address className="not-italic">
              {addressLines.map((line, i) => (
                <span key={i} className="block">
                  {line}
                </span>
              ))}
            </address>
          </ContactRow>
        ) : null}
        {target.phone ? (
          <ContactRow label={t("contactPhone")}>
            {live ? <a href={`tel:${target.phone.replace(/[^\d+]/g, "")}`}>{target.phone}</a> : target.phone}
          </ContactRow>
        ) : null}
        {target.email ? (
          <ContactRow label={t("contactEmail")}>
            {live ? <a href={`mailto:${target.email}`}>{target.email}</a> : target.email}
          </ContactRow>
        ) : null}
        {target.xHandle ? (
          <ContactRow label={t("contactX")}>
            {live ? (
              <a href={`https://x.com/${handle(target.xHandle)}`} rel={externalRel}>
                @{handle(target.xHandle)}
              </a>
            ) : (
              `@${handle(target.xHandle)}`
            )}
          </ContactRow>
        ) : null}
        {target.blueskyHandle ? (
          <ContactRow label={t("contactBluesky")}>
            {live ? (
              <a href={`https://bsky.app/profile/${handle(target.blueskyHandle)}`} rel={externalRel}>
                @{handle(target.blueskyHandle)}
              </a>
            ) : (
              `@${handle(target.blueskyHandle)}`
            )}
          </ContactRow>
        ) : null}
        {target.website ? (
          <ContactRow label={t("contactWebsite")}>
            {live && isWebUrl(target.website) ? (
              <a href={target.website} rel={externalRel} className="break-all">
                {target.website.replace(/^https?:\/\//, "")}
              </a>
            ) : (
              <span className="break-all">{target.website.replace(/^https?:\/\//, "")}</span>
            )}
          </ContactRow>
        ) : null}
      </dl>
    </div>
  );
}

function ContactRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-muted">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}
