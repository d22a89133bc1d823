"use server";

import { refresh, updateTag } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import {
  createModerationReason,
  decideModerationItems,
  renameModerationReason,
  setModerationReasonActive,
  type DecideResult,
  type PublicChanges,
  type ReasonResult,
} from "@/db/queries/moderation-decisions";
import { setModerationOverdueHours } from "@/db/queries/moderation-queue";
import { overrideCampaignConsent } from "@/db/queries/consent-gate";
import { moderationVerdicts } from "@/db/schema/enums";
import { protectedAction, type ActionState } from "@/server/action";
import { decisionMails } from "@/server/mail/organiser-decision";
import { cacheTags } from "@/lib/cache-tags";
import { itemHref, parseSubjectKey } from "./filters";

const listOf = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const decisionSchema = z
  .object({
    item: z.preprocess(listOf, z.array(z.string().max(100)).max(500)),
    verdict: z.enum(moderationVerdicts, "Validation.invalid"),
    reasonId: z.string().max(100).optional().transform((value) => value || null),
    /** Set by the review page: after deciding its one item, go back to that page, which now shows the outcome. */
    single: z.literal("1").optional(),
    note: z
      .string()
      .max(1000, "Validation.tooLong")
      .optional()
      .transform((value) => value?.trim() || null),
  })
  .refine((input) => input.item.length > 0, { path: ["item"], message: "AdminModeration.decide.noneSelected" })
  .refine((input) => input.verdict !== "reject" || input.reasonId !== null, {
    path: ["reasonId"],
    message: "AdminModeration.decide.reasonRequired",
  });

/**
 * Approves, rejects or marks as spam one item (the review page) or every
 * ticked item (the queue), in one transaction. Items another admin is
 * reviewing are left alone and the answer says who holds them.
 */
export const decideAction = protectedAction("moderation:decide:any", {
  schema: decisionSchema,
  echo: ["note"],
  run: async ({ item, verdict, reasonId, note, single }, { viewer }) => {
    const subjects = item.map(parseSubjectKey).filter((subject) => subject !== null);
    const result = await decideModerationItems(viewer, subjects, { verdict, reasonId, note }, decisionMails);
    if (result.ok) {
      expirePublicPages(result.changes);
      if (single && subjects[0] && result.decided === 1) return redirect(`${itemHref(subjects[0])}?decided=1`);
      refresh();
    }
    return answerDecision(result, subjects.length);
  },
});

/** Public pages show approved items and hide rejected profiles at once (ADR 0003). */
function expirePublicPages(changes: PublicChanges) {
  for (const slug of changes.campaignSlugs) updateTag(cacheTags.campaign(slug));
  for (const slug of changes.defenderSlugs) updateTag(cacheTags.defender(slug));
  if (changes.campaignList) updateTag(cacheTags.campaigns);
  if (changes.defenderList) updateTag(cacheTags.defenders);
}

async function answerDecision(result: DecideResult, asked: number): Promise<ActionState> {
  const t = await getTranslations("AdminModeration.decide");
  if (!result.ok) return { ok: false, message: t(result.reason), fieldErrors: { reasonId: [t(result.reason)] } };
  const format = await getFormatter();
  const until = (iso: string) => format.dateTime(new Date(iso), { hour: "2-digit", minute: "2-digit" });
  if (asked === 1 && result.locked[0]) {
    const lock = result.locked[0];
    return { ok: false, message: t("lockedOne", { holder: lock.holder, until: until(lock.until) }) };
  }
  if (asked === 1 && result.consentMissing[0]) {
    return { ok: false, message: t("consentMissingOne", { names: result.consentMissing[0].names.join(", ") }) };
  }
  const parts = [t("decided", { count: result.decided })];
  if (result.locked.length) parts.push(t("lockedSkipped", { count: result.locked.length }));
  if (result.notOpen) parts.push(t("notOpenSkipped", { count: result.notOpen }));
  if (result.consentMissing.length) parts.push(t("consentMissingSkipped", { count: result.consentMissing.length }));
  return { ok: result.decided > 0, message: parts.join(" ") };
}

/**
 * An admin's reasoned override of the consent gate for one campaign (ADR
 * 0015): stored on the campaign and in the audit log. It publishes nothing
 * by itself; the moderation decision (or resuming) still does.
 */
export const overrideConsentAction = protectedAction("campaign:publish:any", {
  schema: z.object({
    campaignId: z.string().max(100),
    reason: z
      .string()
      .default("")
      .transform((value) => value.trim())
      // One error at a time: "required" for an empty reason, "too short" only for a written one.
      .pipe(z.string().min(1, "AdminModeration.consent.reasonRequired"))
      .pipe(z.string().min(10, "AdminModeration.consent.reasonTooShort").max(1000, "Validation.tooLong")),
  }),
  echo: ["reason"],
  refusals: { forbidden: "AdminModeration.consent.notAllowed", notFound: "AdminModeration.consent.notFound" },
  run: async ({ campaignId, reason }, { viewer }) => {
    const t = await getTranslations("AdminModeration.consent");
    const result = await overrideCampaignConsent(viewer, campaignId, reason);
    if (!result.ok) {
      const message = t(result.reason);
      return { ok: false, message, fieldErrors: result.reason === "reasonRequired" ? { reason: [message] } : undefined };
    }
    updateTag(cacheTags.campaign(result.slug));
    refresh();
    return { ok: true, message: t("overridden") };
  },
});

const label = z
  .string()
  .default("")
  .transform((value) => value.trim().replace(/\s+/g, " "))
  .pipe(z.string().min(1, "Validation.required").max(120, "Validation.tooLong"));
const reasonId = z.string().min(1, "Validation.required").max(100);

export const createReasonAction = protectedAction("moderation:decide:any", {
  schema: z.object({ label }),
  echo: ["label"],
  run: async (input, { viewer }) => answerReason(await createModerationReason(viewer, input.label), "created", "label"),
});

export const renameReasonAction = protectedAction("moderation:decide:any", {
  schema: z.object({ reasonId, label }),
  echo: ["label"],
  run: async (input, { viewer }) => answerReason(await renameModerationReason(viewer, input.reasonId, input.label), "renamed", "label"),
});

export const setReasonActiveAction = protectedAction("moderation:decide:any", {
  schema: z.object({ reasonId, active: z.enum(["true", "false"]).transform((value) => value === "true") }),
  run: async (input, { viewer }) =>
    answerReason(await setModerationReasonActive(viewer, input.reasonId, input.active), input.active ? "activated" : "deactivated"),
});

async function answerReason(result: ReasonResult, success: "created" | "renamed" | "activated" | "deactivated", field?: string): Promise<ActionState> {
  const t = await getTranslations("AdminModeration.reasons");
  if (!result.ok) {
    const message = t(result.reason);
    return { ok: false, message, fieldErrors: field && result.reason === "labelTaken" ? { [field]: [message] } : undefined };
  }
  refresh();
  return { ok: true, message: t(success) };
}

export const overdueHoursAction = protectedAction("settings:edit:any", {
  schema: z.object({
    hours: z.coerce
      .number("AdminModeration.settings.hoursRange")
      .int("AdminModeration.settings.hoursRange")
      .min(1, "AdminModeration.settings.hoursRange")
      .max(720, "AdminModeration.settings.hoursRange"),
  }),
  echo: ["hours"],
  run: async ({ hours }, { viewer }) => {
    await setModerationOverdueHours(viewer, hours);
    refresh();
    const t = await getTranslations("AdminModeration.settings");
    return { ok: true, message: t("saved", { hours }) };
  },
});
