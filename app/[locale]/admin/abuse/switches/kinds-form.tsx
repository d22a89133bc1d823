"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/form";
import { actionKinds, type ActionKind } from "@/db/schema/enums";
import type { ActionState } from "@/server/action";
import { kindMessageKey } from "@/lib/action-kinds";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Tick the kinds of action to pause everywhere. */
export function KindsForm({ action, paused }: { action: ServerAction; paused: ActionKind[] }) {
  const t = useTranslations("AdminAbuse.switches.kinds");
  const tKinds = useTranslations();
  const [state, formAction] = useActionState<ActionState, FormData>(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <fieldset>
        <legend className="font-semibold">{t("legend")}</legend>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {actionKinds.map((kind) => (
            <li key={kind} className="flex items-center gap-2">
              <input type="checkbox" id={`paused-${kind}`} name="kinds" value={kind} defaultChecked={paused.includes(kind)} className="size-5 accent-brand" />
              <label htmlFor={`paused-${kind}`}>{tKinds(kindMessageKey(kind, "label"))}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
      <FormMessage state={state} id="kinds-message" />
    </form>
  );
}
