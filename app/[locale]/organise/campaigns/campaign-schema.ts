import { z } from "zod";
import { actionKinds } from "@/db/schema/enums";
import type { CampaignFields } from "@/db/queries/organise-campaigns";

const list = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string()));
const optionalText = (max: number) => z.string().trim().max(max, "Validation.tooLong").default("");

/** "#FreeDong, release  #Dong" -> ["FreeDong", "release", "Dong"]: stored without "#", shown with it. */
export function parseHashtags(input: string): string[] {
  const tags = input
    .split(/[\s,]+/)
    .map((tag) => tag.replace(/^#+/, ""))
    .filter(Boolean);
  return [...new Set(tags)];
}

export const campaignSchema = z
  .object({
    title: z.string().trim().min(1, "Validation.required").max(200, "Validation.tooLong"),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, { message: "Validation.required", abort: true })
      .max(80, "Validation.tooLong")
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Organise.validation.slug"),
    summary: z.string().trim().min(1, "Validation.required").max(500, "Validation.tooLong"),
    ask: optionalText(1000),
    storyMarkdown: optionalText(50_000),
    goal: z
      .string()
      .trim()
      .default("")
      .refine((v) => v === "" || (/^\d{1,9}$/.test(v) && Number(v) > 0), "Organise.validation.goal"),
    deadline: z
      .string()
      .trim()
      .default("")
      .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), "Organise.validation.date"),
    hashtags: optionalText(500).refine(
      (v) => parseHashtags(v).every((tag) => /^[\p{L}\p{N}_]{1,50}$/u.test(tag)),
      "Organise.validation.hashtags",
    ),
    highRisk: z.literal("on").optional(),
    actionKinds: list.pipe(z.array(z.enum(actionKinds)).min(1, "Organise.validation.actionKinds")),
    defenderIds: list,
    intent: z.enum(["save", "preview"]).default("save"),
  })
  .transform(({ intent, goal, deadline, hashtags, highRisk, ...rest }) => ({
    intent,
    fields: {
      ...rest,
      goal: goal === "" ? null : Number(goal),
      deadline: deadline === "" ? null : new Date(`${deadline}T23:59:59Z`),
      hashtags: parseHashtags(hashtags),
      highRisk: highRisk === "on",
    } satisfies CampaignFields,
  }));

export const campaignEcho = ["title", "slug", "summary", "ask", "storyMarkdown", "goal", "deadline", "hashtags", "highRisk"] as const;
