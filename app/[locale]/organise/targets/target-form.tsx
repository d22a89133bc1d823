"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Checkbox, FormMessage, Select, SubmitButton, TextArea, TextField } from "@/components/form";
import { targetKinds } from "@/db/schema/enums";
import type { ActionState } from "@/server/action";

export interface TargetFormValues {
  kind: string;
  honorific: string;
  name: string;
  title: string;
  representedState: string;
  hostCountry: string;
  addressLines: string;
  city: string;
  postcode: string;
  phone: string;
  email: string;
  xHandle: string;
  blueskyHandle: string;
  website: string;
  language: string;
  isExample: boolean;
}

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Every field and channel of a target, with each error beside its field (channel health has its own panel: ADR 0028). */
export function TargetForm({ action, id, initial }: { action: ServerAction; id?: string; initial: TargetFormValues }) {
  const t = useTranslations("Targets.form");
  const tKind = useTranslations("Enums.targetKind");
  const [state, formAction] = useActionState<ActionState, FormData>(action, { ok: false });
  const errors = state.fieldErrors ?? {};
  const echoed = state.values;
  const value = (field: Exclude<keyof TargetFormValues, "isExample">) => echoed?.[field] ?? initial[field];
  const optional = t("optional");
  const text = (field: Exclude<keyof TargetFormValues, "isExample" | "kind" | "addressLines">, label: string, extra: Record<string, unknown> = {}) => (
    <TextField name={field} label={label} optionalLabel={field === "name" ? undefined : optional} defaultValue={value(field)} errors={errors[field]} {...extra} />
  );

  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-8" noValidate>
      <FormMessage state={state} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-semibold">{t("identity")}</legend>
        <Select
          name="kind"
          label={t("kindLabel")}
          options={targetKinds.map((kind) => ({ value: kind, label: tKind(kind) }))}
          defaultValue={value("kind")}
          errors={errors.kind}
          required
        />
        {text("honorific", t("honorific"), { hint: t("honorificHint") })}
        {text("name", t("name"), { required: true })}
        {text("title", t("titleField"))}
        {text("language", t("language"), { hint: t("languageHint") })}
        <Checkbox name="isExample" label={t("isExample")} defaultChecked={echoed ? echoed.isExample === "on" : initial.isExample} errors={errors.isExample} />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-xl font-semibold">{t("where")}</legend>
        {text("representedState", t("representedState"), { hint: t("representedStateHint"), maxLength: 2, className: "uppercase" })}
        {text("hostCountry", t("hostCountry"), { hint: t("hostCountryHint"), maxLength: 2, className: "uppercase" })}
        <div className="sm:col-span-2">
          <TextArea name="addressLines" label={t("addressLines")} hint={t("addressLinesHint")} optionalLabel={optional} rows={3} defaultValue={value("addressLines")} errors={errors.addressLines} />
        </div>
        {text("city", t("city"))}
        {text("postcode", t("postcode"))}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-xl font-semibold">{t("channels")}</legend>
        {text("email", t("email"), { type: "email", autoComplete: "off" })}
        {text("phone", t("phone"), { type: "tel", hint: t("phoneHint") })}
        {text("xHandle", t("xHandle"))}
        {text("blueskyHandle", t("blueskyHandle"), { hint: t("blueskyHint") })}
        {text("website", t("website"), { type: "url" })}
      </fieldset>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
