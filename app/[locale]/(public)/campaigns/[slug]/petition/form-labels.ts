import { getTranslations } from "next-intl/server";
import { checkEmailLabels } from "@/components/campaign/check-email";
import type { CheckEmailLabels } from "@/components/campaign/check-email-answer";
import { personalTextLimit as commentLimit } from "@/server/supporter-actions/fields";
import type { PetitionFormLabels } from "./petition-form";

/** The petition form's words, for the petition page and its embed (`frame`), with its "check your email" answer. */
export async function petitionFormLabels(campaignSlug: string, frame: CheckEmailLabels["frame"]): Promise<PetitionFormLabels> {
  const [form, petition, checkEmail] = await Promise.all([
    getTranslations("SupporterActions.form"),
    getTranslations("SupporterActions.petition"),
    checkEmailLabels(campaignSlug, frame),
  ]);
  return {
    optional: form("optional"),
    name: form("name"),
    email: form("email"),
    emailHint: form("emailHint"),
    country: form("country"),
    countryPlaceholder: form("countryPlaceholder"),
    comment: petition("comment"),
    commentHint: petition("commentHint", { limit: commentLimit }),
    honeypot: form("honeypot"),
    submit: petition("submit"),
    submitting: petition("submitting"),
    captcha: { working: form("captcha.working"), done: form("captcha.done"), failed: form("captcha.failed") },
    checkEmail,
  };
}
