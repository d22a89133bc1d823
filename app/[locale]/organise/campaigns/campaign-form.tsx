"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Checkbox, FieldError, FormMessage, SubmitButton, TextArea, TextField } from "@/components/form";
import { Markdown } from "@/components/ui/markdown";
import type { ActionState } from "@/server/action";

export interface CampaignFormValues {
  title: string;
  slug: string;
  summary: string;
  ask: string;
  storyMarkdown: string;
  goal: string;
  deadline: string;
  hashtags: string;
  highRisk: boolean;
  actionKinds: string[];
  defenderIds: string[];
}

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Every field of a campaign. "Preview" posts the same form and shows the story as the public page will. */
export function CampaignForm({
  action,
  campaignId,
  initial,
  defenders,
  kindOptions,
  live,
}: {
  action: ServerAction;
  campaignId?: string;
  initial: CampaignFormValues;
  defenders: { id: string; name: string; country: string }[];
  kindOptions: { value: string; label: string }[];
  /** Published or paused: the form says which edits send it back to review. */
  live?: boolean;
}) {
  const t = useTranslations("Organise.campaign");
  const [state, formAction] = useActionState<ActionState, FormData>(action, { ok: false });
  const errors = state.fieldErrors ?? {};
  const value = (field: keyof CampaignFormValues & string) => state.values?.[field] ?? (initial[field] as string);
  const optional = t("optional");

  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-5" noValidate>
      <FormMessage state={state} />
      {campaignId ? <input type="hidden" name="campaignId" value={campaignId} /> : null}
      {live ? <p className="rounded-md bg-tone-amber-soft p-3 text-tone-amber">{t("liveWarning")}</p> : null}
      <TextField name="title" label={t("title")} required defaultValue={value("title")} errors={errors.title} />
      <TextField name="slug" label={t("slug")} hint={t("slugHint")} required defaultValue={value("slug")} errors={errors.slug} />
      <TextArea name="summary" label={t("summary")} hint={t("summaryHint")} rows={3} required defaultValue={value("summary")} errors={errors.summary} />
      <TextArea name="ask" label={t("ask")} hint={t("askHint")} rows={3} optionalLabel={optional} defaultValue={value("ask")} errors={errors.ask} />
      <TextArea
        name="storyMarkdown"
        label={t("story")}
        hint={t("storyHint")}
        rows={12}
        optionalLabel={optional}
        defaultValue={value("storyMarkdown")}
        errors={errors.storyMarkdown}
      />
      {state.values?.preview === "1" ? (
        <section aria-labelledby="story-preview" className="rounded-xl border border-line bg-surface p-4">
          <h2 id="story-preview" className="mb-2 text-lg font-semibold">
            {t("previewHeading")}
          </h2>
          <Markdown>{state.values.storyMarkdown ?? ""}</Markdown>
        </section>
      ) : null}

      <fieldset className="flex flex-col gap-2" aria-describedby={errors.actionKinds ? "actionKinds-error" : undefined}>
        <legend className="font-semibold">{t("actionKinds")}</legend>
        {kindOptions.map((kind) => (
          <Checkbox
            key={kind.value}
            id={`actionKinds-${kind.value}`}
            name="actionKinds"
            value={kind.value}
            label={kind.label}
            defaultChecked={initial.actionKinds.includes(kind.value)}
          />
        ))}
        <FieldError id="actionKinds-error" errors={errors.actionKinds} />
      </fieldset>

      <fieldset className="flex flex-col gap-2" aria-describedby={errors.defenderIds ? "defenderIds-error" : undefined}>
        <legend className="font-semibold">{t("defenders")}</legend>
        {defenders.length === 0 ? <p className="text-muted">{t("noDefenders")}</p> : null}
        {defenders.map((defender) => (
          <Checkbox
            key={defender.id}
            id={`defender-${defender.id}`}
            name="defenderIds"
            value={defender.id}
            label={`${defender.name} (${defender.country})`}
            defaultChecked={initial.defenderIds.includes(defender.id)}
          />
        ))}
        <FieldError id="defenderIds-error" errors={errors.defenderIds} />
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="goal" label={t("goal")} inputMode="numeric" optionalLabel={optional} defaultValue={value("goal")} errors={errors.goal} />
        <TextField name="deadline" type="date" label={t("deadline")} optionalLabel={optional} defaultValue={value("deadline")} errors={errors.deadline} />
      </div>
      <TextField name="hashtags" label={t("hashtags")} hint={t("hashtagsHint")} optionalLabel={optional} defaultValue={value("hashtags")} errors={errors.hashtags} />
      <Checkbox
        name="highRisk"
        label={t("highRisk")}
        hint={t("highRiskHint")}
        defaultChecked={state.values ? state.values.highRisk === "on" : initial.highRisk}
        errors={errors.highRisk}
      />

      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel={t("saving")}>{campaignId ? t("save") : t("create")}</SubmitButton>
        <button
          type="submit"
          name="intent"
          value="preview"
          className="inline-flex min-h-11 items-center justify-center rounded-md border border-line px-5 py-2 font-semibold hover:bg-brand-soft"
        >
          {t("preview")}
        </button>
      </div>
    </form>
  );
}
