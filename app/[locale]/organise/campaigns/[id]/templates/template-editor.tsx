"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, Select, SubmitButton, TextArea, TextField } from "@/components/form";
import { templateKinds } from "@/db/schema/enums";
import type { ActionState } from "@/server/action";
import { renderTemplate, type TemplateValues } from "@/lib/templates/render";
import { knownPlaceholders } from "./template-input";
import { templateKindMessageKey } from "@/lib/action-kinds";

export interface TemplateDraft {
  kind: string;
  language: string;
  targetId: string;
  subject: string;
  body: string;
}

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * The template form and its preview. The server renders the preview of the
 * saved (or just posted) text, so it works without JavaScript; with it, the
 * preview follows the typing.
 */
export function TemplateEditor({
  action,
  campaignId,
  initial,
  targets,
  previewValues,
}: {
  action: ServerAction;
  campaignId: string;
  initial: TemplateDraft;
  targets: { id: string; name: string }[];
  previewValues: TemplateValues;
}) {
  const t = useTranslations("Templates");
  const tKinds = useTranslations();
  const [state, formAction] = useActionState<ActionState, FormData>(action, { ok: false });
  const errors = state.fieldErrors ?? {};
  const value = (field: keyof TemplateDraft) => state.values?.[field] ?? initial[field];
  const [draft, setDraft] = useState({ subject: value("subject"), body: value("body") });
  const optional = t("optional");

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <form
        action={formAction}
        className="flex flex-col gap-5"
        noValidate
        onChange={(event) => {
          const form = event.currentTarget;
          const data = new FormData(form);
          setDraft({ subject: String(data.get("subject") ?? ""), body: String(data.get("body") ?? "") });
        }}
      >
        <FormMessage state={state} />
        <input type="hidden" name="campaignId" value={campaignId} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Select
            name="kind"
            label={t("kind")}
            options={templateKinds.map((kind) => ({ value: kind, label: tKinds(templateKindMessageKey(kind)) }))}
            defaultValue={value("kind")}
            errors={errors.kind}
          />
          <TextField name="language" label={t("language")} hint={t("languageHint")} defaultValue={value("language")} errors={errors.language} />
        </div>
        <Select
          name="targetId"
          label={t("target")}
          hint={t("targetHint")}
          placeholder={t("anyTarget")}
          options={targets.map((target) => ({ value: target.id, label: target.name }))}
          defaultValue={value("targetId")}
          errors={errors.targetId}
        />
        <TextField name="subject" label={t("subject")} hint={t("subjectHint")} optionalLabel={optional} defaultValue={value("subject")} errors={errors.subject} />
        <TextArea
          name="body"
          label={t("body")}
          hint={t("bodyHint", { names: knownPlaceholders.join(" ") })}
          rows={14}
          required
          defaultValue={value("body")}
          errors={errors.body}
        />
        <div>
          <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
        </div>
      </form>
      <section aria-labelledby="preview-heading" className="flex flex-col gap-3">
        <h2 id="preview-heading" className="text-xl font-semibold">
          {t("previewHeading")}
        </h2>
        <div className="rounded-md border border-line bg-surface p-4" data-testid="template-preview">
          {draft.subject ? <p className="mb-3 font-semibold">{renderTemplate(draft.subject, previewValues)}</p> : null}
          <div className="whitespace-pre-wrap">{renderTemplate(draft.body, previewValues)}</div>
        </div>
      </section>
    </div>
  );
}
