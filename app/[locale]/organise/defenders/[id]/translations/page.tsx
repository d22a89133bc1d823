import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { ActionForm } from "@/components/organise/action-form";
import { OrganisePageHeader, secondaryButtonClass } from "@/components/organise/page-header";
import { SourceLocaleForm, VersionForm } from "@/components/organise/translation-form";
import { chosenLanguage, languageAttributes, LanguagePicker, OriginalText } from "@/components/organise/translation-parts";
import { getDefenderTranslations } from "@/db/queries/translations";
import { locales } from "@/i18n/config";
import { redirect, requestLocale } from "@/i18n/navigation";
import { languageName } from "@/lib/translations";
import { orNotFound } from "@/server/guards";
import { getViewer } from "@/server/viewer";
import { deleteDefenderTranslationAction, saveDefenderTranslationAction, setDefenderSourceLocaleAction } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ lang?: string | string[] }> };

const loadPage = cache(async (id: string) => {
  const viewer = await getViewer();
  if (!viewer) return redirect("/signin");
  return orNotFound(getDefenderTranslations(viewer, id));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  await loadPage(id);
  const t = await getTranslations("Organise.translations");
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * A defender profile in other languages, beside the original. For the
 * organisers who look after the profile (defender_organisers) and admins; 404
 * for anyone else. The name is never translated (the native name has its own field).
 */
export default async function DefenderTranslationsPage({ params, searchParams }: Props) {
  const [{ id }, { lang }] = await Promise.all([params, searchParams]);
  const view = await loadPage(id);
  const [t, tDefender, tPhoto, format, readerLocale] = await Promise.all([
    getTranslations("Organise.translations"),
    getTranslations("Organise.defender"),
    getTranslations("Organise.photo"),
    getFormatter(),
    requestLocale(),
  ]);
  const { defender } = view;
  const source = defender.sourceLocale;
  const target = chosenLanguage(lang, source);
  const language = languageName(target, readerLocale);
  const version = view.versions.find((v) => v.locale === target);
  const attrs = languageAttributes(target);

  return (
    <>
      <OrganisePageHeader title={defender.name} back={{ href: `/organise/defenders/${defender.id}`, label: t("backToProfile") }} />
      <div className="flex flex-col gap-10">
        <div>
          <h2 className="text-2xl font-semibold">{t("heading")}</h2>
          <p className="mt-2 max-w-3xl text-muted">{t("defenderLead")}</p>
        </div>

        <section aria-labelledby="source-heading" className="rounded-xl border border-line bg-surface p-4">
          <h3 id="source-heading" className="mb-3 text-lg font-semibold">
            {t("sourceHeading")}
          </h3>
          <SourceLocaleForm
            action={setDefenderSourceLocaleAction}
            hidden={{ defenderId: defender.id }}
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
            basePath={`/organise/defenders/${defender.id}/translations`}
            sourceLocale={source}
            current={target}
            translated={view.versions.map((v) => v.locale)}
            readerLocale={readerLocale}
            label={t("languagesLabel")}
            describe={(name, done) => (done ? t("translated", { language: name }) : t("notTranslated", { language: name }))}
          />
          <p className="max-w-3xl text-muted">{t("defenderModeration")}</p>
          <p className="text-muted">
            {version ? t("lastSaved", { date: format.dateTime(version.updatedAt, { dateStyle: "medium", timeStyle: "short" }) }) : t("noVersion", { language })}
          </p>
          <div className="grid gap-6 lg:grid-cols-2">
            <OriginalText
              heading={t("originalHeading", { language: languageName(source, readerLocale) })}
              headingId="original-heading"
              locale={source}
              emptyLabel={t("empty")}
              items={[
                { label: tDefender("profession"), value: defender.profession },
                { label: tDefender("summary"), value: defender.summary },
                { label: tDefender("story"), value: defender.storyMarkdown, markdown: true },
                { label: tPhoto("alt"), value: defender.photoAlt },
              ]}
            />
            <div className="flex min-w-0 flex-col gap-4">
              <VersionForm
                key={target}
                action={saveDefenderTranslationAction}
                hidden={{ defenderId: defender.id, locale: target }}
                idPrefix={`version-${target}`}
                lang={attrs.lang}
                dir={attrs.dir}
                submitLabel={t("save", { language })}
                pendingLabel={t("saving")}
                fields={[
                  { name: "profession", label: tDefender("profession"), optionalLabel: tDefender("optional"), maxLength: 200, defaultValue: version?.profession ?? "" },
                  { name: "summary", label: tDefender("summary"), rows: 3, required: true, defaultValue: version?.summary ?? "" },
                  { name: "storyMarkdown", label: tDefender("story"), hint: tDefender("storyHint"), rows: 12, optionalLabel: tDefender("optional"), defaultValue: version?.storyMarkdown ?? "" },
                  { name: "photoAlt", label: tPhoto("alt"), hint: tPhoto("altHint"), optionalLabel: tDefender("optional"), maxLength: 300, defaultValue: version?.photoAlt ?? "" },
                ]}
              />
              {version ? (
                <ActionForm
                  action={deleteDefenderTranslationAction}
                  hidden={{ defenderId: defender.id, locale: target }}
                  label={t("delete", { language })}
                  pendingLabel={t("deleting")}
                  buttonClassName={secondaryButtonClass}
                  messageId="version-delete-message"
                />
              ) : null}
            </div>
          </div>
        </section>
      </div>
    </>
  );
}
