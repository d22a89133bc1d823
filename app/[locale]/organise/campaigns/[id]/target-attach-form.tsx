"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Checkbox, FormMessage, Select, SubmitButton, TextField } from "@/components/form";
import type { ActionState } from "@/server/action";
import { attachTargetAction } from "../actions";

/** Attaches a target by the responsible-state rule: an embassy of a state, a fallback for a state, or a fixed target. */
export function TargetAttachForm({
  campaignId,
  targets,
  kindOptions,
}: {
  campaignId: string;
  targets: { value: string; label: string }[];
  kindOptions: { value: string; label: string }[];
}) {
  const t = useTranslations("Organise.targets");
  const [state, formAction] = useActionState<ActionState, FormData>(attachTargetAction, { ok: false });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-4" noValidate>
      <FormMessage state={state} id="target-message" />
      <input type="hidden" name="campaignId" value={campaignId} />
      <Select
        key={`rule-${state.values?.rule ?? "embassy"}`}
        name="rule"
        label={t("rule")}
        hint={t("ruleHint")}
        options={[
          { value: "embassy", label: t("ruleEmbassy") },
          { value: "fallback", label: t("ruleFallback") },
          { value: "fixed", label: t("ruleFixed") },
        ]}
        defaultValue={state.values?.rule ?? "embassy"}
        errors={errors.rule}
      />
      <TextField
        name="responsibleState"
        label={t("responsibleState")}
        hint={t("responsibleStateHint")}
        maxLength={2}
        defaultValue={state.values?.responsibleState}
        errors={errors.responsibleState}
      />
      <Select
        key={`target-${state.values?.targetId ?? ""}`}
        name="targetId"
        label={t("target")}
        hint={t("targetHint")}
        placeholder={t("noTarget")}
        options={targets}
        defaultValue={state.values?.targetId ?? ""}
        errors={errors.targetId}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">{t("kinds")}</legend>
        <p className="text-sm text-muted">{t("kindsHint")}</p>
        {kindOptions.map((kind) => (
          <Checkbox key={kind.value} id={`target-kind-${kind.value}`} name="targetKinds" value={kind.value} label={kind.label} />
        ))}
      </fieldset>
      <div>
        <SubmitButton pendingLabel={t("attaching")}>{t("attach")}</SubmitButton>
      </div>
    </form>
  );
}
