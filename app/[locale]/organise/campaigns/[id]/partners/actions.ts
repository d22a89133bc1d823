"use server";

import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { addPartnerMember, archivePartnerSource, createPartnerSource, removePartnerMember } from "@/db/queries/partner-sources";
import { partnerCodeMaxLength } from "@/lib/partner-source";
import { protectedAction } from "@/server/action";

/** The organiser side of partner attribution (ADR 0029): every action needs the campaign edit rule, in the query's WHERE. */

const siteField = z
  .string()
  .trim()
  .max(300, "Validation.tooLong")
  .default("")
  .transform((value) => (value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value || null))
  .pipe(z.url({ protocol: /^https?$/, error: "Partners.organise.invalidSite" }).nullable());

export const createPartnerSourceAction = protectedAction("campaign:edit:own", {
  schema: z.object({
    campaignId: z.string(),
    name: z.string().trim().min(1, "Validation.required").max(120, "Validation.tooLong"),
    code: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "Validation.required")
      .max(partnerCodeMaxLength, "Validation.tooLong")
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Partners.organise.invalidCode"),
    siteUrl: siteField,
  }),
  echo: ["name", "code", "siteUrl"],
  refusals: { notFound: "Organise.campaign.notFound" },
  run: async ({ campaignId, name, code, siteUrl }, { viewer, formData }) => {
    const t = await getTranslations("Partners.organise");
    const result = await createPartnerSource(viewer, campaignId, { name, code, siteUrl });
    if (!result.ok) {
      const field = result.reason === "invalidSite" ? "siteUrl" : "code";
      const values = Object.fromEntries(["name", "code", "siteUrl"].map((key) => [key, String(formData.get(key) ?? "")]));
      return { ok: false, message: t(result.reason), fieldErrors: { [field]: [t(result.reason)] }, values };
    }
    refresh();
    return { ok: true, message: t("created") };
  },
});

export const archivePartnerSourceAction = protectedAction("campaign:edit:own", {
  schema: z.object({ campaignId: z.string(), sourceId: z.string() }),
  refusals: { notFound: "Partners.organise.notFound" },
  run: async ({ campaignId, sourceId }, { viewer }) => {
    const t = await getTranslations("Partners.organise");
    await archivePartnerSource(viewer, campaignId, sourceId);
    refresh();
    return { ok: true, message: t("archivedDone") };
  },
});

export const addPartnerMemberAction = protectedAction("campaign:edit:own", {
  schema: z.object({
    campaignId: z.string(),
    sourceId: z.string(),
    email: z.string().trim().toLowerCase().min(1, "Validation.required").max(254, "Validation.tooLong").pipe(z.email("Validation.invalidEmail")),
  }),
  echo: ["email"],
  refusals: { notFound: "Partners.organise.notFound" },
  run: async ({ campaignId, sourceId, email }, { viewer }) => {
    const t = await getTranslations("Partners.organise");
    const result = await addPartnerMember(viewer, campaignId, sourceId, email);
    if (!result.ok) return { ok: false, message: t(result.reason), fieldErrors: { email: [t(result.reason)] }, values: { email } };
    refresh();
    return { ok: true, message: t("memberAdded") };
  },
});

export const removePartnerMemberAction = protectedAction("campaign:edit:own", {
  schema: z.object({ campaignId: z.string(), sourceId: z.string(), userId: z.string().max(200) }),
  refusals: { notFound: "Partners.organise.notFound" },
  run: async ({ campaignId, sourceId, userId }, { viewer }) => {
    const t = await getTranslations("Partners.organise");
    await removePartnerMember(viewer, campaignId, sourceId, userId);
    refresh();
    return { ok: true, message: t("memberRemoved") };
  },
});
