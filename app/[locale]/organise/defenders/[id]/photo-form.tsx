"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FieldError, FormMessage, SubmitButton, TextField } from "@/components/form";
import type { ActionState } from "@/server/action";
import { uploadPhotoAction } from "../actions";

/** JPEG, PNG or WebP up to 5 MB; the server checks the bytes, strips metadata and re-encodes. */
export function PhotoForm({ defenderId, alt }: { defenderId: string; alt: string }) {
  const t = useTranslations("Organise.photo");
  const [state, formAction] = useActionState<ActionState, FormData>(uploadPhotoAction, { ok: false });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} encType="multipart/form-data" className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage state={state} id="photo-message" />
      <input type="hidden" name="defenderId" value={defenderId} />
      <div className="flex flex-col gap-1">
        <label htmlFor="field-photo" className="font-semibold">
          {t("file")}
        </label>
        <p id="field-photo-hint" className="text-sm text-muted">
          {t("fileHint")}
        </p>
        <input
          id="field-photo"
          name="photo"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={errors.photo ? "field-photo-hint field-photo-error" : "field-photo-hint"}
          aria-invalid={errors.photo ? true : undefined}
        />
        <FieldError id="field-photo-error" errors={errors.photo} />
      </div>
      <TextField name="photoAlt" label={t("alt")} hint={t("altHint")} defaultValue={state.values?.photoAlt ?? alt} errors={errors.photoAlt} />
      <div>
        <SubmitButton pendingLabel={t("uploading")}>{t("upload")}</SubmitButton>
      </div>
    </form>
  );
}
