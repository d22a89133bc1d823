"use server";

import { updateTag } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { createTarget, importTargets, updateTarget } from "@/db/queries/targets-directory";
import { protectedAction, type ActionState } from "@/server/action";
import { cacheTags } from "@/lib/cache-tags";
import { openImportDraft, signImportDraft } from "./import/draft-token";
import { parseTargetImport, type ImportProblem } from "./import/parse-import";
import { channelHealthFrom, fieldsOf, targetFormSchema } from "./target-input";

const echo = [
  ...Object.keys(targetFormSchema.shape),
  "id",
] as const;

function revalidateCampaigns(slugs: string[]) {
  for (const slug of slugs) updateTag(cacheTags.campaign(slug));
}

function savedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of echo) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value;
  }
  return values;
}

const saveSchema = targetFormSchema.extend({ id: z.string().optional() });

/** Creates a target (then opens its page) or saves the edit of an existing one. */
export const saveTarget = protectedAction("target:edit:any", {
  schema: saveSchema,
  echo,
  refusals: { notFound: "Targets.errors.notFound" },
  run: async (input, { viewer, formData }) => {
    const t = await getTranslations("Targets");
    const fields = fieldsOf(input);
    const health = channelHealthFrom(input);
    if (input.id) {
      const saved = await updateTarget(viewer, input.id, fields, health);
      revalidateCampaigns(saved.campaignSlugs);
      // The form resets after a successful action: it shows what was saved, not the page's older props.
      return { ok: true, message: t(saved.heldForReview ? "form.heldForReview" : "form.saved"), values: savedValues(formData) };
    }
    const created = await createTarget(viewer, fields, health);
    revalidateCampaigns(created.campaignSlugs);
    return redirect(`/organise/targets/${created.id}?created=1`);
  },
});

export interface ImportPreviewRow {
  line: number;
  name: string;
  problems: string[];
}

/** The preview of an import: the rows with their translated problems, and the signed draft when all are valid. */
export interface ImportState extends ActionState {
  rows?: ImportPreviewRow[];
  draft?: string;
}

const maxFileBytes = 256 * 1024;

const checkImport = protectedAction("target:edit:any", {
  schema: z.object({}),
  run: async (_input, { viewer, formData }): Promise<ImportState> => {
    const t = await getTranslations();
    const file = formData.get("file");
    const fail = (key: string, values?: ImportProblem["values"]): ImportState => ({
      ok: false,
      message: t(key, values),
      fieldErrors: { file: [t(key, values)] },
    });
    if (!(file instanceof File) || file.size === 0) return fail("Targets.import.errors.noFile");
    if (file.size > maxFileBytes) return fail("Targets.import.errors.tooLarge");
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      return fail("Targets.import.errors.notText");
    }
    const parsed = parseTargetImport(text);
    if (!parsed.ok) return fail(parsed.problem.key, parsed.problem.values);
    const rows = parsed.rows.map((row) => ({
      line: row.line,
      name: row.name,
      problems: row.problems.map((p) =>
        p.column ? t("Targets.import.problem", { column: p.column, message: t(p.key, p.values) }) : t(p.key, p.values),
      ),
    }));
    const invalid = rows.filter((row) => row.problems.length > 0).length;
    if (invalid > 0) {
      return { ok: false, message: t("Targets.import.invalidSummary", { invalid, count: rows.length }), rows };
    }
    const draft = signImportDraft(viewer.id, parsed.rows.map((row) => row.fields!));
    return { ok: true, message: t("Targets.import.validSummary", { count: rows.length }), rows, draft };
  },
});

export async function previewImport(previous: ImportState, formData: FormData): Promise<ImportState> {
  return checkImport(previous, formData);
}

/** Imports the previewed rows, all in one transaction, only from a valid signed draft. */
export const confirmImport = protectedAction("target:edit:any", {
  schema: z.object({ draft: z.string().min(1, "Validation.required") }),
  run: async ({ draft }, { viewer }) => {
    const t = await getTranslations("Targets.import");
    const rows = openImportDraft(draft, viewer.id);
    if (!rows) return { ok: false, message: t("expired") };
    const result = await importTargets(viewer, rows);
    revalidateCampaigns(result.campaignSlugs);
    return redirect(`/organise/targets?imported=${result.count}`);
  },
});

