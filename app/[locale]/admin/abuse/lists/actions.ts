"use server";

import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { addListEntry, removeListEntry } from "@/db/queries/abuse-lists";
import { protectedAction } from "@/server/action";
import { storedListValue } from "@/lib/abuse/list-entry";
import { listEntrySchema, removeEntrySchema } from "./input";

const echo = ["list", "kind", "value", "reason", "expiresInDays"] as const;

/** Adds a block or allow entry: an email (stored hashed), a domain, or an IP range (stored hashed). */
export const addListEntryAction = protectedAction("abuse:manage:any", {
  schema: listEntrySchema,
  echo,
  run: async (input, { viewer, formData }) => {
    const t = await getTranslations("AdminAbuse.lists");
    const values = Object.fromEntries(echo.map((field) => [field, String(formData.get(field) ?? "")]));
    const parsed = storedListValue(input.kind, input.value);
    if (!parsed.ok) {
      const tErrors = await getTranslations("AdminAbuse.errors");
      return { ok: false, message: t("fixErrors"), fieldErrors: { value: [tErrors(parsed.problem)] }, values };
    }
    const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
    const outcome = await addListEntry(viewer, { list: input.list, kind: input.kind, stored: parsed.stored, reason: input.reason, expiresAt });
    if (!outcome.ok) return { ok: false, message: t("duplicate"), fieldErrors: { value: [t("duplicate")] }, values };
    refresh();
    return { ok: true, message: t("added", { label: parsed.stored.label }) };
  },
});

export const removeListEntryAction = protectedAction("abuse:manage:any", {
  schema: removeEntrySchema,
  run: async ({ entryId }, { viewer }) => {
    const t = await getTranslations("AdminAbuse.lists");
    if (!(await removeListEntry(viewer, entryId))) return { ok: false, message: t("alreadyGone") };
    refresh();
    return { ok: true, message: t("removed") };
  },
});
