"use server";

import { refresh, updateTag } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import {
  deleteCampaignTranslation,
  deleteUpdateTranslation,
  saveCampaignTranslation,
  saveUpdateTranslation,
  setCampaignSourceLocale,
  type CampaignTranslationChange,
} from "@/db/queries/translations";
import { locales } from "@/i18n/config";
import { campaignTextTags } from "@/lib/cache-tags";
import { uuidField } from "@/lib/ids";
import { languageName } from "@/lib/translations";
import { protectedAction } from "@/server/action";

/*
 * Versions of a campaign's words and of its updates in other languages
 * (db/queries/translations.ts). Gated on campaign:edit:own; the queries check
 * the campaign is the viewer's in their WHERE (anyone else: "not found").
 */

const localeField = z.enum(locales, "Validation.invalid");
const optionalText = (max: number) => z.string().trim().max(max, "Validation.tooLong").default("");

const campaignVersionSchema = z.object({
  campaignId: uuidField("Validation.invalid"),
  locale: localeField,
  title: z.string().trim().min(1, "Validation.required").max(200, "Validation.tooLong"),
  summary: z.string().trim().min(1, "Validation.required").max(500, "Validation.tooLong"),
  ask: optionalText(1000),
  storyMarkdown: optionalText(50_000),
});

const updateVersionSchema = z.object({
  campaignId: uuidField("Validation.invalid"),
  updateId: uuidField("Validation.invalid"),
  locale: localeField,
  title: z.string().trim().min(1, "Validation.required").max(200, "Validation.tooLong"),
  body: optionalText(20_000),
});

/** The public pages showing the campaign's words, when the public could see it (or just stopped seeing it). */
function refreshPublic(change: CampaignTranslationChange) {
  if (change.public) for (const tag of campaignTextTags(change)) updateTag(tag);
  refresh();
}

async function nameOf(locale: string): Promise<string> {
  return languageName(locale, await getLocale());
}

export const saveCampaignTranslationAction = protectedAction("campaign:edit:own", {
  schema: campaignVersionSchema,
  echo: ["title", "summary", "ask", "storyMarkdown"],
  refusals: { notFound: "Organise.campaign.notFound" },
  run: async ({ campaignId, locale, ...fields }, { viewer }) => {
    const t = await getTranslations("Organise.translations");
    const language = await nameOf(locale);
    const result = await saveCampaignTranslation(viewer, campaignId, locale, fields);
    if (!result.ok) return { ok: false, message: t("isSourceLocale", { language }) };
    refreshPublic(result);
    return { ok: true, message: result.sentBackToReview ? t("savedBackToReview", { language }) : t("saved", { language }) };
  },
});

export const deleteCampaignTranslationAction = protectedAction("campaign:edit:own", {
  schema: z.object({ campaignId: uuidField("Validation.invalid"), locale: localeField }),
  refusals: { notFound: "Organise.campaign.notFound" },
  run: async ({ campaignId, locale }, { viewer }) => {
    const t = await getTranslations("Organise.translations");
    const language = await nameOf(locale);
    const result = await deleteCampaignTranslation(viewer, campaignId, locale);
    if (!result) return { ok: false, message: t("nothingToDelete", { language }) };
    refreshPublic(result);
    return { ok: true, message: t("deleted", { language }) };
  },
});

export const setCampaignSourceLocaleAction = protectedAction("campaign:edit:own", {
  schema: z.object({ campaignId: uuidField("Validation.invalid"), sourceLocale: localeField }),
  refusals: { notFound: "Organise.campaign.notFound" },
  run: async ({ campaignId, sourceLocale }, { viewer }) => {
    const t = await getTranslations("Organise.translations");
    const language = await nameOf(sourceLocale);
    const result = await setCampaignSourceLocale(viewer, campaignId, sourceLocale);
    if (!result.ok) return { ok: false, message: t("fixErrors"), fieldErrors: { sourceLocale: [t("sourceTaken", { language })] } };
    refreshPublic(result);
    return { ok: true, message: t("sourceSaved", { language }) };
  },
});

export const saveUpdateTranslationAction = protectedAction("campaign:edit:own", {
  schema: updateVersionSchema,
  echo: ["title", "body"],
  refusals: { notFound: "Organise.campaign.notFound" },
  run: async ({ campaignId, updateId, locale, ...fields }, { viewer }) => {
    const t = await getTranslations("Organise.translations");
    const language = await nameOf(locale);
    const result = await saveUpdateTranslation(viewer, campaignId, updateId, locale, fields);
    if (!result.ok) return { ok: false, message: t("isSourceLocale", { language }) };
    refreshPublic(result);
    return { ok: true, message: t("saved", { language }) };
  },
});

export const deleteUpdateTranslationAction = protectedAction("campaign:edit:own", {
  schema: z.object({ campaignId: uuidField("Validation.invalid"), updateId: uuidField("Validation.invalid"), locale: localeField }),
  refusals: { notFound: "Organise.campaign.notFound" },
  run: async ({ campaignId, updateId, locale }, { viewer }) => {
    const t = await getTranslations("Organise.translations");
    const language = await nameOf(locale);
    const result = await deleteUpdateTranslation(viewer, campaignId, updateId, locale);
    if (!result) return { ok: false, message: t("nothingToDelete", { language }) };
    refreshPublic(result);
    return { ok: true, message: t("deleted", { language }) };
  },
});
