"use server";

import { refresh, updateTag } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import {
  addDefenderEvent,
  addDefenderOrganiser,
  createDefender,
  deleteDefenderEvent,
  recordConsent,
  removeDefenderOrganiser,
  setDefenderPhoto,
  setDefenderQuiet,
  updateDefender,
  updateDefenderEvent,
} from "@/db/queries/organise-defenders";
import { protectedAction, type ActionState } from "@/server/action";
import { cacheTags } from "@/lib/cache-tags";
import { preparePhoto } from "@/lib/uploads/photo";
import { removeStored, storeWebp } from "@/lib/uploads/storage";
import { consentSchema, defenderEcho, defenderSchema, eventSchema } from "./defender-schema";

/** A profile change shows on the profile, the defenders list, and every campaign page that names them (ADR 0003). */
function refreshPublicDefender(slugs: string[], campaignSlugs: string[] = []) {
  for (const slug of slugs) updateTag(cacheTags.defender(slug));
  for (const slug of campaignSlugs) updateTag(cacheTags.campaign(slug));
  updateTag(cacheTags.defenders);
  updateTag(cacheTags.campaigns);
}

export const createDefenderAction = protectedAction("defender:create:any", {
  schema: defenderSchema,
  echo: defenderEcho,
  run: async (fields, { viewer, formData }) => {
    const t = await getTranslations("Organise.defender");
    const result = await createDefender(viewer, fields);
    if (!result.ok) return slugTaken(formData, t);
    return redirect(`/organise/defenders/${result.id}?created=1`);
  },
});

export const updateDefenderAction = protectedAction("defender:edit:own", {
  refusals: { notFound: "Organise.defender.notFound" },
  schema: defenderSchema.and(z.object({ defenderId: z.string() })),
  echo: defenderEcho,
  run: async ({ defenderId, ...fields }, { viewer, formData }) => {
    const t = await getTranslations("Organise.defender");
    const result = await updateDefender(viewer, defenderId, fields);
    if (!result.ok) return slugTaken(formData, t);
    refreshPublicDefender(result.slugs);
    refresh();
    return { ok: true, message: t("saved") };
  },
});

type Translate = Awaited<ReturnType<typeof getTranslations<"Organise.defender">>>;

function slugTaken(formData: FormData, t: Translate): ActionState {
  const values: Record<string, string> = {};
  for (const field of defenderEcho) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value;
  }
  return { ok: false, message: t("fixErrors"), fieldErrors: { slug: [t("slugTaken")] }, values };
}

export const recordConsentAction = protectedAction("defender:edit:own", {
  refusals: { notFound: "Organise.consent.notFound" },
  schema: consentSchema,
  echo: ["consentStatus", "consentGivenBy", "consentMethod", "consentGivenOn", "consentNote"],
  run: async (input, { viewer }) => {
    const t = await getTranslations("Organise.consent");
    const result = await recordConsent(viewer, input.defenderId, {
      status: input.consentStatus,
      givenBy: input.consentGivenBy,
      method: input.consentMethod,
      givenOn: input.consentGivenOn || null,
      note: input.consentNote,
    });
    // Withdrawal paused the defender's published campaigns: their pages say so at once.
    if (result.campaignSlugs.length) refreshPublicDefender(result.slugs, result.campaignSlugs);
    refresh();
    if (result.campaignSlugs.length) return { ok: true, message: t("withdrawnPaused", { count: result.campaignSlugs.length }) };
    return { ok: true, message: input.consentStatus === "withdrawn" ? t("withdrawn") : t("recorded") };
  },
});

export const setQuietAction = protectedAction("defender:edit:own", {
  refusals: { notFound: "Organise.quiet.notFound" },
  schema: z.object({ defenderId: z.string(), quiet: z.enum(["on", "off"]) }),
  run: async ({ defenderId, quiet }, { viewer }) => {
    const t = await getTranslations("Organise.quiet");
    const result = await setDefenderQuiet(viewer, defenderId, quiet === "on");
    refreshPublicDefender(result.slugs, result.campaignSlugs);
    refresh();
    return { ok: true, message: quiet === "on" ? t("nowQuiet") : t("nowPublic") };
  },
});

export const uploadPhotoAction = protectedAction("defender:edit:own", {
  refusals: { notFound: "Organise.photo.notFound" },
  schema: z.object({
    defenderId: z.string(),
    photoAlt: z.string().trim().min(1, "Organise.validation.photoAlt").max(300, "Validation.tooLong"),
  }),
  echo: ["photoAlt"],
  run: async ({ defenderId, photoAlt }, { viewer, formData }) => {
    const t = await getTranslations("Organise.photo");
    const file = formData.get("photo");
    if (!(file instanceof File) || file.size === 0) {
      return { ok: false, message: t("fixErrors"), fieldErrors: { photo: [t("empty")] }, values: { photoAlt } };
    }
    const prepared = await preparePhoto(new Uint8Array(await file.arrayBuffer()));
    if (!prepared.ok) return { ok: false, message: t("fixErrors"), fieldErrors: { photo: [t(prepared.problem)] }, values: { photoAlt } };
    const stored = await storeWebp("defenders", prepared.webp);
    // Refused (not theirs): the stored file goes again before the builder answers.
    const result = await setDefenderPhoto(viewer, defenderId, { path: stored, alt: photoAlt }).catch(async (error: unknown) => {
      await removeStored(stored);
      throw error;
    });
    // The old file goes only after the new path is committed, so a failure never leaves a profile without its photo.
    if (result.previousPath) await removeStored(result.previousPath);
    refreshPublicDefender(result.slugs);
    refresh();
    return { ok: true, message: t("saved") };
  },
});

export const removePhotoAction = protectedAction("defender:edit:own", {
  refusals: { notFound: "Organise.photo.notFound" },
  schema: z.object({ defenderId: z.string() }),
  run: async ({ defenderId }, { viewer }) => {
    const t = await getTranslations("Organise.photo");
    const result = await setDefenderPhoto(viewer, defenderId, { path: null, alt: null });
    if (result.previousPath) await removeStored(result.previousPath);
    refreshPublicDefender(result.slugs);
    refresh();
    return { ok: true, message: t("removed") };
  },
});

export const saveEventAction = protectedAction("defender:edit:own", {
  refusals: { notFound: "Organise.timeline.notFound" },
  schema: eventSchema,
  echo: ["occurredOn", "kind", "text", "sourceUrl"],
  run: async ({ defenderId, eventId, ...event }, { viewer }) => {
    const t = await getTranslations("Organise.timeline");
    const result = eventId
      ? await updateDefenderEvent(viewer, defenderId, eventId, event)
      : await addDefenderEvent(viewer, defenderId, event);
    refreshPublicDefender(result.slugs);
    refresh();
    return { ok: true, message: eventId ? t("updated") : t("added") };
  },
});

export const deleteEventAction = protectedAction("defender:edit:own", {
  refusals: { notFound: "Organise.timeline.notFound" },
  schema: z.object({ defenderId: z.string(), eventId: z.string() }),
  run: async ({ defenderId, eventId }, { viewer }) => {
    const t = await getTranslations("Organise.timeline");
    const result = await deleteDefenderEvent(viewer, defenderId, eventId);
    refreshPublicDefender(result.slugs);
    refresh();
    return { ok: true, message: t("deleted") };
  },
});

/** Adds an organiser (by the email of their account) to the people who look after the profile. */
export const addDefenderOrganiserAction = protectedAction("defender:edit:own", {
  refusals: { notFound: "Organise.defenderTeam.notFound" },
  schema: z.object({
    defenderId: z.string(),
    email: z.string().trim().toLowerCase().min(1, "Validation.required").max(254, "Validation.tooLong").pipe(z.email("Validation.invalidEmail")),
  }),
  echo: ["email"],
  run: async ({ defenderId, email }, { viewer }) => {
    const t = await getTranslations("Organise.defenderTeam");
    const result = await addDefenderOrganiser(viewer, defenderId, email);
    if (!result.ok) {
      return { ok: false, message: t("fixErrors"), fieldErrors: { email: [t(result.reason)] }, values: { email } };
    }
    refresh();
    return { ok: true, message: t("added") };
  },
});

export const removeDefenderOrganiserAction = protectedAction("defender:edit:own", {
  refusals: { notFound: "Organise.defenderTeam.notFound" },
  schema: z.object({ defenderId: z.string(), userId: z.string().min(1).max(100) }),
  run: async ({ defenderId, userId }, { viewer }) => {
    const t = await getTranslations("Organise.defenderTeam");
    const result = await removeDefenderOrganiser(viewer, defenderId, userId);
    if (!result.ok) return { ok: false, message: t(result.reason === "lastOrganiser" ? "lastOrganiser" : "notFound") };
    refresh();
    return { ok: true, message: t("removed") };
  },
});
