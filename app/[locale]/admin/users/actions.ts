"use server";

import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { changeUserRole, suspendUser, unsuspendUser, type UserChangeOutcome } from "@/db/queries/admin-users";
import { userRoles } from "@/db/schema/enums";
import { protectedAction, type ActionState } from "@/server/action";

const userId = z.string().trim().min(1, "Validation.required").max(100, "Validation.tooLong");
const confirmed = z.literal("on", { error: "AdminUsers.actions.confirmRequired" });

const refusals = { notFound: "AdminUsers.actions.refused.notFound" };

export const changeRoleAction = protectedAction("user:edit:any", {
  refusals,
  schema: z.object({ userId, role: z.enum(userRoles, { error: "AdminUsers.actions.chooseRole" }), confirm: confirmed }),
  echo: ["role"],
  run: async ({ userId, role }, { viewer }) => answer(await changeUserRole(viewer, userId, role), "roleChanged"),
});

export const suspendAction = protectedAction("user:edit:any", {
  refusals,
  schema: z.object({ userId, confirm: confirmed }),
  run: async ({ userId }, { viewer }) => answer(await suspendUser(viewer, userId), "suspended"),
});

export const unsuspendAction = protectedAction("user:edit:any", {
  refusals,
  schema: z.object({ userId }),
  run: async ({ userId }, { viewer }) => answer(await unsuspendUser(viewer, userId), "unsuspended"),
});

async function answer(outcome: UserChangeOutcome, success: "roleChanged" | "suspended" | "unsuspended"): Promise<ActionState> {
  const t = await getTranslations("AdminUsers.actions");
  if (!outcome.ok) return { ok: false, message: t(`refused.${outcome.reason}`) };
  refresh();
  return { ok: true, message: t(success) };
}
