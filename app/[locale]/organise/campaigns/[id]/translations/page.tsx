import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { ActionForm } from "@/components/organise/action-form";
import { secondaryButtonClass } from "@/components/organise/page-header";
import { SourceLocaleForm, VersionForm } from "@/components/organise/translation-form";
import { chosenLanguage, languageAttributes, LanguagePicker, OriginalText } from "@/components/organise/translation-parts";
import { getCampaignTranslations } from "@/db/queries/translations";
import { locales } from "@/i18n/config";
import { redirect, requestLocale } from "@/i18n/navigation";
import { calendarDate } from "@/lib/format";
import { languageName } from "@/lib/translations";
import { orNotFound } from "@/server/guards";
import { getViewer } from "@/server/viewer";
import {
  deleteCampaignTranslationAction,
  deleteUpdateTranslationAction,
  saveCampaignTranslationAction,
  saveUpdateTranslationAction,
  setCampaignSourceLocaleAction,
} from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ lang?: string | string[] }> };

const loadPage = cache(async (id: string) => {
  const viewer = await getViewer();
  if (!viewer) return redirect("/signin");
  return orNotFound(getCampaignTranslations(viewer, id));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  await loadPage(id);
  const t = await getTranslations("Organise.translations");
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * A campaign's words in other languages, beside the original: pick a
 * language, read the original (in its own language), write or delete the
 * version of the campaign and of each update. Organisers who may edit the
 * campaign only (the query refuses anyone else: 404).
 */
export default async function CampaignTranslationsPage({ params, searchParams }: Props) {
  const [{ id }, { lang }] = await Promise.all([params, searchParams]);
  const view = await loadPage(id);
  const [t, tCampaign, tUpdates, format, readerLocale] = await Promise.all([
    getTranslations("Organise.translations"),
    getTranslations("Organise.campaign"),
    getTranslations("CampaignUpdates"),
    getFormatter(),
    requestLocale(),
  ]);
  const { campaign } = view;
  const source = campaign.sourceLocale;
  const target = chosenLanguage(lang, source);
  const language = languageName(target, readerLocale);
  const original = languageName(source, readerLocale);
  const version = view.versions.find((v) => v.locale === target);
  const live = campaign.status === "published" || campaign.status === "paused" || campaign.status === "closed" || campaign.status === "won";
  const basePath = `/organise/campaigns/${campaign.id}/translations`;
  const attrs = languageAttributes(target);

  return (
    <div className="flex flex-col gap-10">
      <div>
        <h2 className="text-2xl font-semibold">{t("heading")}</h2>
        <p className="mt-2 max-w-3xl text-muted">{t("campaignLead")}</p>
      </div>

      <section aria-labelledby="source-heading" className="rounded-xl border border-line bg-surface p-4">
        <h3 id="source-heading" className="mb-3 text-lg font-semibold">
          {t("sourceHeading")}
        </h3>
        <SourceLocaleForm
          action={setCampaignSourceLocaleAction}
          hidden={{ campaignId: campaign.id }}
          options={locales.map((locale) => ({ value: locale, label: languageName(locale, readerLocale) }))}
          defaultValue={source}
          label={t("sourceLabel")}
          submitLabel={t("sourceSave")}
          pendingLabel={t("saving")}
        />
      </section>

      <section aria-labelledby="version-heading" className="flex flex-col gap-5">
        <h3 id="version-heading" className="text-xl font-semibold">
          {t("versionHeading", { language })}
        </h3>
        <LanguagePicker
          basePath={basePath}
          sourceLocale={source}
          current={target}
          translated={view.versions.map((v) => v.locale)}
          readerLocale={readerLocale}
          label={t("languagesLabel")}
          describe={(name, done) => (done ? t("translated", { language: name }) : t("notTranslated", { language: name }))}
        />
        {live ? <p className="rounded-md bg-tone-amber-soft p-3 text-tone-amber">{t("campaignLiveWarning")}</p> : null}
        <p className="text-muted">
          {version ? t("lastSaved", { date: format.dateTime(version.updatedAt, { dateStyle: "medium", timeStyle: "short" }) }) : t("noVersion", { language })}
        </p>
        <div className="grid gap-6 lg:grid-cols-2">
          <OriginalText
            heading={t("originalHeading", { language: original })}
            headingId="original-heading"
            locale={source}
            emptyLabel={t("empty")}
            items={[
              { label: tCampaign("title"), value: campaign.title },
              { label: tCampaign("summary"), value: campaign.summary },
              { label: tCampaign("ask"), value: campaign.ask },
              { label: tCampaign("story"), value: campaign.storyMarkdown, markdown: true },
            ]}
          />
          <div className="flex min-w-0 flex-col gap-4">
            <VersionForm
              key={target}
              action={saveCampaignTranslationAction}
              hidden={{ campaignId: campaign.id, locale: target }}
              idPrefix={`version-${target}`}
              lang={attrs.lang}
              dir={attrs.dir}
              submitLabel={t("save", { language })}
              pendingLabel={t("saving")}
              fields={[
                { name: "title", label: tCampaign("title"), required: true, maxLength: 200, defaultValue: version?.title ?? "" },
                { name: "summary", label: tCampaign("summary"), rows: 3, required: true, defaultValue: version?.summary ?? "" },
                { name: "ask", label: tCampaign("ask"), rows: 3, optionalLabel: tCampaign("optional"), defaultValue: version?.ask ?? "" },
                { name: "storyMarkdown", label: tCampaign("story"), hint: tCampaign("storyHint"), rows: 12, optionalLabel: tCampaign("optional"), defaultValue: version?.storyMarkdown ?? "" },
              ]}
            />
            {version ? (
              <ActionForm
                action={deleteCampaignTranslationAction}
                hidden={{ campaignId: campaign.id, locale: target }}
                label={t("delete", { language })}
                pendingLabel={t("deleting")}
                buttonClassName={secondaryButtonClass}
                messageId="version-delete-message"
              />
            ) : null}
          </div>
        </div>
      </section>

      <section aria-labelledby="updates-translations-heading" className="flex flex-col gap-5">
        <div>
          <h3 id="updates-translations-heading" className="text-xl font-semibold">
            {t("updatesHeading", { language })}
          </h3>
          <p className="mt-1 max-w-3xl text-muted">{t("updatesLead")}</p>
        </div>
        {view.updates.length === 0 ? <p className="text-muted">{t("updatesNone")}</p> : null}
        <ol className="flex flex-col gap-8">
          {view.updates.map((update) => {
            const updateVersion = update.versions.find((v) => v.locale === target);
            const date = format.dateTime(calendarDate(update.occurredOn), { dateStyle: "medium" });
            return (
              <li key={update.id} className="grid gap-6 border-t border-line pt-6 lg:grid-cols-2">
                <OriginalText
                  heading={t("updateHeading", { date, language: original })}
                  headingId={`update-original-${update.id}`}
                  locale={source}
                  emptyLabel={t("empty")}
                  items={[
                    { label: tUpdates("title"), value: update.title },
                    { label: tUpdates("body"), value: update.body, markdown: true },
                  ]}
                />
                <div className="flex min-w-0 flex-col gap-4">
                  <VersionForm
                    key={`${update.id}-${target}`}
                    action={saveUpdateTranslationAction}
                    hidden={{ campaignId: campaign.id, updateId: update.id, locale: target }}
                    idPrefix={`update-${update.id}`}
                    lang={attrs.lang}
                    dir={attrs.dir}
                    submitLabel={t("save", { language })}
                    pendingLabel={t("saving")}
                    fields={[
                      { name: "title", label: tUpdates("title"), required: true, maxLength: 200, defaultValue: updateVersion?.title ?? "" },
                      { name: "body", label: tUpdates("body"), rows: 6, defaultValue: updateVersion?.body ?? "" },
                    ]}
                  />
                  {updateVersion ? (
                    <ActionForm
                      action={deleteUpdateTranslationAction}
                      hidden={{ campaignId: campaign.id, updateId: update.id, locale: target }}
                      label={t("delete", { language })}
                      pendingLabel={t("deleting")}
                      buttonClassName={secondaryButtonClass}
                      messageId={`update-delete-${update.id}`}
                    />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
