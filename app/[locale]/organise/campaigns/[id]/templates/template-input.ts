import { z } from "zod";
import { templateKinds } from "@/db/schema/enums";
import { uuidField } from "@/lib/ids";
import { placeholders, unknownPlaceholders } from "@/lib/templates/render";

export const tweetMaxLength = 280;

function canonicalLanguage(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v === undefined ? null : v);

/** The shape of a template as posted; placeholder checks follow in templateProblems. */
export const templateSchema = z.object({
  campaignId: z.string().min(1),
  kind: z.enum(templateKinds, "Templates.errors.kind"),
  language: z
    .preprocess((v) => blankToNull(v) ?? "en", z.string().trim())
    .transform((v, ctx) => {
      const tag = canonicalLanguage(v);
      if (!tag) {
        ctx.addIssue({ code: "custom", message: "Templates.errors.language" });
        return z.NEVER;
      }
      return tag;
    }),
  targetId: z.preprocess(blankToNull, uuidField("Validation.invalid").nullable()),
  subject: z.preprocess(blankToNull, z.string().trim().max(200, "Validation.tooLong").nullable()),
  body: z.string().trim().min(1, "Validation.required").max(20_000, "Validation.tooLong"),
});

export type TemplateInput = z.output<typeof templateSchema>;

export interface TemplateProblem {
  field: "body" | "subject" | "targetId";
  /** Catalogue key under Templates. */
  key: string;
  values?: Record<string, string | number>;
}

/**
 * What is wrong with a template beyond its shape: placeholders the renderer
 * does not know (named, so the organiser can fix them), a per-target text for
 * a kind other than tweets, a tweet that cannot fit.
 */
export function templateProblems(input: Pick<TemplateInput, "kind" | "targetId" | "subject" | "body">): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const unknownInBody = unknownPlaceholders(input.body);
  if (unknownInBody.length) {
    problems.push({ field: "body", key: "errors.unknownPlaceholder", values: { names: unknownInBody.map((n) => `{${n}}`).join(", "), count: unknownInBody.length } });
  }
  const unknownInSubject = input.subject ? unknownPlaceholders(input.subject) : [];
  if (unknownInSubject.length) {
    problems.push({ field: "subject", key: "errors.unknownPlaceholder", values: { names: unknownInSubject.map((n) => `{${n}}`).join(", "), count: unknownInSubject.length } });
  }
  if (input.targetId && input.kind !== "tweet") problems.push({ field: "targetId", key: "errors.targetOnlyForTweets" });
  if (input.kind === "tweet" && input.body.length > tweetMaxLength) {
    problems.push({ field: "body", key: "errors.tweetTooLong", values: { limit: tweetMaxLength } });
  }
  return problems;
}

export const knownPlaceholders = placeholders.map((name) => `{${name}}`);
