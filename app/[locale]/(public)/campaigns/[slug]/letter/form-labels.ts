import { getTranslations } from "next-intl/server";
import { checkEmailLabels } from "@/components/campaign/check-email";
import type { CheckEmailLabels } from "@/components/campaign/check-email-answer";
import { personalTextLimit } from "@/server/supporter-actions/fields";
import type { LetterFormLabels } from "./letter-form";

/** The letter form's words, for the letter page and its embed (`frame`), with its "check your email" answer. */
export async function letterFormLabels(highRisk: boolean, campaignSlug: string, frame: CheckEmailLabels["frame"]): Promise<LetterFormLabels> {
  const [form, letter, paragraphs, checkEmail] = await Promise.all([
    getTranslations("SupporterActions.form"),
    getTranslations("SupporterActions.letter"),
    getTranslations("LetterParagraphs"),
    checkEmailLabels(campaignSlug, frame),
  ]);
  return {
    optional: form("optional"),
    name: form("name"),
    email: form("email"),
    emailHint: form("emailHint"),
    country: form("country"),
    countryPlaceholder: form("countryPlaceholder"),
    city: form("city"),
    personalText: letter("personalText"),
    personalTextHint: letter("personalTextHint", { limit: personalTextLimit }),
    showName: form("showName"),
    showNameHint: form("showNameHint"),
    showText: paragraphs("showText"),
    showTextHint: paragraphs("showTextHint"),
    wantsUpdates: form("wantsUpdates"),
    wantsUpdatesHint: form("wantsUpdatesHint"),
    highRiskNote: highRisk ? letter("highRiskNote") : "",
    honeypot: form("honeypot"),
    submit: letter("submit"),
    submitting: letter("submitting"),
    captcha: { working: form("captcha.working"), done: form("captcha.done"), failed: form("captcha.failed") },
    checkEmail,
  };
}
