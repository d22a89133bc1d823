"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, TextField } from "@/components/form";
import type { ActionState } from "@/server/action";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

const primary =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-tone-red px-5 py-2 font-semibold text-white hover:opacity-90";
const secondary =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-line bg-surface px-5 py-2 font-semibold text-ink hover:bg-brand-soft";

/** Filter, "Preview", then "Invalidate N actions" with the previewed count. Works without JavaScript. */
export function InvalidationForm({ action, prefill }: { action: ServerAction; prefill: Record<string, string> }) {
  const t = useTranslations("AdminAbuse.invalidations");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, { ok: false });
  const errors = state.fieldErrors ?? {};
  const value = (field: string) => state.values?.[field] ?? prefill[field] ?? "";
  const previewCount = state.values?.previewCount;
  return (
    <form key={state.values ? "previewing" : (state.message ?? "new")} action={formAction} className="flex max-w-3xl flex-col gap-4" noValidate>
      <FormMessage state={state} id="invalidation-message" />
      <p className="text-muted">{t("subjectHint")}</p>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="ipHash" label={t("ipHash")} hint={t("ipHashHint")} optionalLabel={t("optional")} spellCheck={false} autoComplete="off" defaultValue={value("ipHash")} errors={errors.ipHash} />
        <TextField name="emailDomain" label={t("emailDomain")} optionalLabel={t("optional")} spellCheck={false} autoComplete="off" defaultValue={value("emailDomain")} errors={errors.emailDomain} />
        <TextField name="campaign" label={t("campaign")} hint={t("campaignHint")} optionalLabel={t("optional")} spellCheck={false} autoComplete="off" defaultValue={value("campaign")} errors={errors.campaign} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="from" type="datetime-local" label={t("from")} hint={t("utcHint")} required defaultValue={value("from")} errors={errors.from} />
        <TextField name="to" type="datetime-local" label={t("to")} hint={t("utcHint")} required defaultValue={value("to")} errors={errors.to} />
      </div>
      {previewCount ? <input type="hidden" name="previewCount" value={previewCount} /> : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="preview" aria-disabled={pending || undefined} className={secondary}>
          {t("preview")}
        </button>
        {previewCount && previewCount !== "0" ? (
          <button type="submit" name="intent" value="run" aria-disabled={pending || undefined} className={primary}>
            {t("run", { count: Number(previewCount) })}
          </button>
        ) : null}
      </div>
    </form>
  );
}
