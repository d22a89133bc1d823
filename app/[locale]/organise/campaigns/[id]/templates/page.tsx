import type { Metadata } from "next";
import Link from "@/i18n/link";
import { notFound } from "next/navigation";
import { redirect } from "@/i18n/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { getTemplatesPage, type TemplateRow } from "@/db/queries/templates";
import { templateKinds } from "@/db/schema/enums";
import type { TemplateValues } from "@/lib/templates/render";
import { getViewer } from "@/server/viewer";
import { deleteTemplateFromList, saveTemplateAction } from "./actions";
import { TemplateEditor } from "./template-editor";
import { templateKindMessageKey } from "@/lib/action-kinds";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Templates");
  return { title: t("metaTitle") };
}

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function TemplatesTab({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const viewer = await getViewer();
  if (!viewer) return redirect(`/signin?callbackUrl=/organise/campaigns/${id}/templates`);
  const page = await getTemplatesPage(viewer, id);
  if (!page) notFound();
  const [t, tKinds, format, messages] = await Promise.all([getTranslations("Templates"), getTranslations(), getFormatter(), getMessages()]);

  const kind = (templateKinds as readonly string[]).includes(single(query.kind)) ? single(query.kind) : "letter";
  const language = single(query.lang) || "en";
  const targetId = single(query.target);
  const existing = page.templates.find((tpl) => tpl.kind === kind && tpl.language === language && (tpl.targetId ?? "") === targetId);
  const previewTarget = page.targets.find((target) => target.id === single(query.preview)) ?? page.targets[0];
  const previewValues: TemplateValues = {
    "target.honorific": previewTarget?.honorific,
    "target.name": previewTarget?.name,
    "target.title": previewTarget?.title,
    "supporter.name": t("sample.supporterName"),
    "supporter.city": t("sample.supporterCity"),
    "supporter.country": t("sample.supporterCountry"),
    "defender.name": page.defenderNames.join(", "),
    "campaign.title": page.campaign.title,
    date: format.dateTime(new Date(), { dateStyle: "long" }),
  };
  const slotLabel = (tpl: TemplateRow) => t("slot", { kind: tKinds(templateKindMessageKey(tpl.kind)), language: tpl.language, target: tpl.targetName ?? "none" });
  const slotHref = (tpl: Pick<TemplateRow, "kind" | "language" | "targetId">) =>
    `?${new URLSearchParams({ kind: tpl.kind, lang: tpl.language, ...(tpl.targetId ? { target: tpl.targetId } : {}), ...(previewTarget ? { preview: previewTarget.id } : {}) })}`;

  return (
    <div className="flex flex-col gap-10">
      <p className="max-w-3xl text-muted">{t("lead")}</p>
      <section aria-labelledby="templates-list-heading">
        <h2 id="templates-list-heading" className="text-xl font-semibold">
          {t("listHeading")}
        </h2>
        {page.templates.length === 0 ? (
          <p className="mt-2 text-muted">{t("none")}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-2">
            {page.templates.map((tpl) => (
              <li key={tpl.id} className="flex flex-wrap items-center gap-3">
                <Link href={slotHref(tpl)} aria-current={tpl.id === existing?.id ? "true" : undefined}>
                  {slotLabel(tpl)}
                </Link>
                <form action={deleteTemplateFromList}>
                  <input type="hidden" name="campaignId" value={page.campaign.id} />
                  <input type="hidden" name="templateId" value={tpl.id} />
                  <button type="submit" className="text-sm underline" aria-label={t("deleteLabel", { slot: slotLabel(tpl) })}>
                    {t("delete")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="preview-target-heading" className="flex flex-col gap-2">
        <h2 id="preview-target-heading" className="sr-only">
          {t("previewTarget")}
        </h2>
        {page.targets.length === 0 ? (
          <p className="text-muted">{t("previewNoTargets")}</p>
        ) : (
          <form method="get" className="flex flex-wrap items-end gap-3">
            <input type="hidden" name="kind" value={kind} />
            <input type="hidden" name="lang" value={language} />
            {targetId ? <input type="hidden" name="target" value={targetId} /> : null}
            <div className="flex flex-col gap-1">
              <label htmlFor="preview-target" className="font-semibold">
                {t("previewTarget")}
              </label>
              <select id="preview-target" name="preview" defaultValue={previewTarget?.id} className="h-11 rounded-md border border-line bg-surface px-3">
                {page.targets.map((target) => (
                  <option key={target.id} value={target.id}>
                    {target.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="min-h-11 rounded-md border border-line bg-surface px-4 font-semibold">
              {t("previewShow")}
            </button>
          </form>
        )}
      </section>

      <section aria-labelledby="editor-heading" className="flex flex-col gap-4">
        <h2 id="editor-heading" className="text-xl font-semibold">
          {t("editingHeading", { kind: tKinds(templateKindMessageKey(kind as TemplateRow["kind"])), language })}
        </h2>
        <NextIntlClientProvider messages={{ Templates: messages.Templates, ActionKinds: messages.ActionKinds }}>
          <TemplateEditor
            key={`${kind}:${language}:${targetId}`}
            action={saveTemplateAction}
            campaignId={page.campaign.id}
            initial={{ kind, language, targetId, subject: existing?.subject ?? "", body: existing?.body ?? "" }}
            targets={page.targets.map((target) => ({ id: target.id, name: target.name }))}
            previewValues={previewValues}
          />
        </NextIntlClientProvider>
      </section>
    </div>
  );
}
