"use server";

import { refresh, updateTag } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import {
  deleteDefenderTranslation,
  saveDefenderTranslation,
  setDefenderSourceLocale,
  type DefenderTranslationChange,
} from "@/db/queries/translations";
import { locales } from "@/i18n/config";
import { defenderTextTags } from "@/lib/cache-tags";
import { uuidField } from "@/lib/ids";
import { languageName } from "@/lib/translations";
import { protectedAction } from "@/server/action";

/*
 * Versions of a defender profile in other languages. Gated on
 * defender:edit:own; the queries hold the defender's own organisers
 * (defender_organisers) in their WHERE: anyone else gets "not found".
 */

const localeField = z.enum(locales, "Validation.invalid");
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "Validation.tooLong")
    .default("")
    .transform((v) => (v === "" ? null : v));

const defenderVersionSchema = z.object({
  defenderId: uuidField("Validation.invalid"),
  locale: localeField,
  profession: optional(200),
  summary: z.string().trim().min(1, "Validation.required").max(500, "Validation.tooLong"),
  storyMarkdown: z.string().trim().max(50_000, "Validation.tooLong").default(""),
  photoAlt: optional(300),
});

/** A profile shows on its page, the lists, and the campaigns that name the defender (whatever their state: the queries decide visibility). */
function refreshPublic(change: DefenderTranslationChange) {
  for (const tag of defenderTextTags(change)) updateTag(tag);
  refresh();
}

async function nameOf(locale: string): Promise<string> {
  return languageName(locale, await getLocale());
}

export const saveDefenderTranslationAction = protectedAction("defender:edit:own", {
  schema: defenderVersionSchema,
  echo: ["profession", "summary", "storyMarkdown", "photoAlt"],
  refusals: { notFound: "Organise.defender.notFound" },
  run: async ({ defenderId, locale, ...fields }, { viewer }) => {
    const t = await getTranslations("Organise.translations");
    const language = await nameOf(locale);
    const result = await saveDefenderTranslation(viewer, defenderId, locale, fields);
    if (!result.ok) return { ok: false, message: t("isSourceLocale", { language }) };
    refreshPublic(result);
    return { ok: true, message: t("saved", { language }) };
  },
});

export const deleteDefenderTranslationAction = protectedAction("defender:edit:own", {
  schema: z.object({ defenderId: uuidField("Validation.invalid"), locale: localeField }),
  refusals: { notFound: "Organise.defender.notFound" },
  run: async ({ defenderId, locale }, { viewer }) => {
    const t = await getTranslations("Organise.translations");
    const language = await nameOf(locale);
    const result = await deleteDefenderTranslation(viewer, defenderId, locale);
    if (!result) return { ok: false, message: t("nothingToDelete", { language }) };
    refreshPublic(result);
    return { ok: true, message: t("deleted", { language }) };
  },
});

export const setDefenderSourceLocaleAction = protectedAction("defender:edit:own", {
  schema: z.object({ defenderId: uuidField("Validation.invalid"), sourceLocale: localeField }),
  refusals: { notFound: "Organise.defender.notFound" },
  run: async ({ defenderId, sourceLocale }, { viewer }) => {
    const t = await getTranslations("Organise.translations");
    const language = await nameOf(sourceLocale);
    const result = await setDefenderSourceLocale(viewer, defenderId, sourceLocale);
    if (!result.ok) return { ok: false, message: t("fixErrors"), fieldErrors: { sourceLocale: [t("sourceTaken", { language })] } };
    refreshPublic(result);
    return { ok: true, message: t("sourceSaved", { language }) };
  },
});
