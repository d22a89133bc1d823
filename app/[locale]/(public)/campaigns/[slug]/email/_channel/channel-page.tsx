import Link from "@/i18n/link";
import Form from "@/i18n/form";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { countryCodes } from "@/lib/countries";
import type { ChannelTarget } from "@/db/queries/supporter-actions";
import { countryName, countryOptions } from "@/lib/format";
import { routes } from "@/lib/routes";
import { isolate } from "@/i18n/bidi";
import { campaignTitleIn } from "@/components/campaign/campaign-title";

/** The frame of every channel page: back link, title, lead, and a notice when the campaign no longer collects. */
export async function ChannelPage({
  campaign,
  title,
  lead,
  collecting,
  children,
}: {
  campaign: { slug: string; title: string };
  title: string;
  lead: string;
  collecting: boolean;
  children: ReactNode;
}) {
  const [t, campaignTitle] = await Promise.all([getTranslations("Channels"), campaignTitleIn(campaign.slug, campaign.title)]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <p>
        <Link href={routes.campaign(campaign.slug)} className="font-semibold text-brand underline-offset-2 hover:underline">
          {isolate((v) => t("backToCampaign", v), { title: campaignTitle })}
        </Link>
      </p>
      <h1 className="mt-4 text-4xl font-semibold tracking-tight">{title}</h1>
      <p className="mt-3 text-lg text-muted">{lead}</p>
      {collecting ? (
        <div className="mt-8 space-y-10">{children}</div>
      ) : (
        <p className="mt-8 rounded-lg bg-tone-grey-soft p-4">{t("closed")}</p>
      )}
    </div>
  );
}

/** A GET form to change the country the targets are chosen for (keeping a chosen ?lang= and the partner's ?source=); works without JavaScript. */
export async function CountryPicker({
  path,
  country,
  lang = null,
  source = null,
}: {
  path: string;
  country: string | null;
  lang?: string | null;
  source?: string | null;
}) {
  const [t, locale] = await Promise.all([getTranslations("Channels"), getLocale()]);
  return (
    <Form method="get" action={path} className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface p-4">
      {lang ? <input type="hidden" name="lang" value={lang} /> : null}
      {source ? <input type="hidden" name="source" value={source} /> : null}
      {/* Grows from 16rem: on a phone the button wraps below instead of squashing the select. */}
      <div className="flex min-w-0 grow basis-64 flex-col gap-1">
        <label htmlFor="country-picker" className="font-semibold">
          {t("countryPickerLabel")}
        </label>
        <p id="country-picker-hint" className="text-sm text-muted">
          {t("countryPickerHint")}
        </p>
        <select
          id="country-picker"
          name="country"
          defaultValue={country ?? ""}
          aria-describedby="country-picker-hint"
          className="h-11 w-full rounded-md border border-line bg-surface px-3 text-base"
        >
          <option value="">{t("countryNotGiven")}</option>
          {countryOptions([...countryCodes], locale).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="inline-flex min-h-11 items-center rounded-md border border-brand px-4 font-semibold text-brand hover:bg-brand-soft"
      >
        {t("countryPickerSubmit")}
      </button>
    </Form>
  );
}

/** The target's name, why it was chosen, and the example-data warning. */
export async function TargetHeading({ target, id }: { target: ChannelTarget; id: string }) {
  const [t, tCommon, locale] = await Promise.all([getTranslations("Channels"), getTranslations("Common"), getLocale()]);
  const state = target.responsibleState ? countryName(target.responsibleState, locale) : "";
  const why =
    target.reason === "embassy_in_supporter_country"
      ? t("reasonEmbassy", { state })
      : target.reason === "fallback_no_embassy"
        ? t("reasonFallback", { state })
        : // Standing in for a failing channel: ChannelHealthNote says why.
          target.reason === "fallback_channel_failing"
          ? null
          : t("reasonFixed");
  return (
    <div>
      <h2 id={id} className="text-2xl font-semibold">
        {[target.target.honorific, target.target.name].filter(Boolean).join(" ")}
      </h2>
      {target.target.title ? <p className="text-muted">{target.target.title}</p> : null}
      {why ? <p className="mt-1 text-sm text-muted">{why}</p> : null}
      {target.contactable ? null : (
        <p className="mt-2 rounded-md bg-tone-amber-soft p-3 text-sm text-tone-amber">
          <strong>{tCommon("exampleData")}:</strong> {t("exampleNoLinks")}
        </p>
      )}
    </div>
  );
}

/** Country options for a supporter's country-of-residence select, in the reader's language. */
export async function supporterCountryOptions() {
  return countryOptions([...countryCodes], await getLocale());
}

/** The labels of the "I did it" form, from the catalogue. */
export async function didItLabels(kind: "email" | "call" | "letter" | "letterByEmail") {
  const t = await getTranslations("Channels");
  return {
    heading: t(`didIt.${kind}.heading`),
    lead: t(`didIt.${kind}.lead`),
    name: t("didIt.name"),
    optional: t("optional"),
    country: t("didIt.country"),
    countryPlaceholder: t("countryNotGiven"),
    note: kind === "call" ? t("didIt.call.note") : undefined,
    noteHint: kind === "call" ? t("didIt.call.noteHint") : undefined,
    submit: t(`didIt.${kind}.submit`),
    pending: t("sending"),
  };
}
