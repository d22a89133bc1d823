"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FieldError, FieldHint, FormMessage, SubmitButton } from "@/components/form";
import { fieldIds } from "@/components/form/field-ids";
import { DataTable } from "@/components/ui/data-table";
import type { ActionState } from "@/server/action";
import type { ImportState } from "../actions";

type Action<S> = (state: S, formData: FormData) => Promise<S>;

/**
 * Upload -> preview -> confirm. The preview is the action's answer, so it also
 * renders when JavaScript is off; the confirm form carries the signed rows.
 */
export function ImportForm({ preview, confirm }: { preview: Action<ImportState>; confirm: Action<ActionState> }) {
  const t = useTranslations("Targets.import");
  const [state, previewAction] = useActionState<ImportState, FormData>(preview, { ok: false });
  const [confirmState, confirmAction] = useActionState<ActionState, FormData>(confirm, { ok: false });
  const ids = fieldIds("file");
  const fileErrors = state.fieldErrors?.file;
  const rows = state.rows ?? [];

  return (
    <div className="flex flex-col gap-8">
      <form action={previewAction} className="flex max-w-xl flex-col gap-4" noValidate>
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.input} className="font-semibold">
            {t("file")}
          </label>
          <FieldHint id={ids.hint}>{t("fileHint")}</FieldHint>
          <input
            id={ids.input}
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-describedby={[ids.hint, fileErrors?.length ? ids.error : null].filter(Boolean).join(" ")}
            aria-invalid={fileErrors?.length ? true : undefined}
            className="rounded-md border border-line bg-surface p-2"
          />
          <FieldError id={ids.error} errors={fileErrors} />
        </div>
        <div>
          <SubmitButton pendingLabel={t("previewing")}>{t("preview")}</SubmitButton>
        </div>
      </form>

      {rows.length > 0 || state.message ? (
        <section aria-labelledby="preview-heading" className="flex flex-col gap-4">
          <h2 id="preview-heading" className="text-2xl font-semibold">
            {t("previewHeading")}
          </h2>
          <FormMessage state={state} id="preview-message" />
          {rows.length > 0 ? (
            <DataTable
              columns={[{ label: t("columnLine") }, { label: t("columnName") }, { label: t("columnResult") }]}
            >
              {rows.map((row) => (
                <tr key={row.line} className="border-b border-line align-top" data-valid={row.problems.length === 0}>
                  <td className="py-2 pe-4">{row.line}</td>
                  <td className="py-2 pe-4">{row.name}</td>
                  <td className="py-2">
                    {row.problems.length === 0 ? (
                      <span className="text-tone-green">{t("rowOk")}</span>
                    ) : (
                      <ul className="list-disc ps-5 font-semibold text-tone-red">
                        {row.problems.map((problem) => (
                          <li key={problem}>{problem}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          ) : null}
          {state.ok && state.draft ? (
            <form action={confirmAction} className="flex flex-col gap-3">
              <input type="hidden" name="draft" value={state.draft} />
              <FormMessage state={confirmState} id="confirm-message" />
              <div>
                <SubmitButton pendingLabel={t("importing")}>{t("confirm", { count: rows.length })}</SubmitButton>
              </div>
            </form>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
