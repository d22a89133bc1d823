import { getTranslations } from "next-intl/server";
import { checkEmailLabels } from "@/components/campaign/check-email";
import type { CheckEmailLabels } from "@/components/campaign/check-email-answer";
import type { SignOnFormLabels } from "./sign-on-form";

/** The sign-on form's words, for the sign-on page and its embed (`frame`), with its "check your email" answer. */
export async function signOnFormLabels(campaignSlug: string, frame: CheckEmailLabels["frame"]): Promise<SignOnFormLabels> {
  const [form, signOn, checkEmail] = await Promise.all([
    getTranslations("SupporterActions.form"),
    getTranslations("SupporterActions.signOn"),
    checkEmailLabels(campaignSlug, frame),
  ]);
  return {
    optional: form("optional"),
    organisationName: signOn("organisationName"),
    country: signOn("country"),
    countryPlaceholder: form("countryPlaceholder"),
    website: signOn("website"),
    websiteHint: signOn("websiteHint"),
    contactEmail: signOn("contactEmail"),
    contactEmailHint: signOn("contactEmailHint"),
    honeypot: form("honeypot"),
    submit: signOn("submit"),
    submitting: signOn("submitting"),
    captcha: { working: form("captcha.working"), done: form("captcha.done"), failed: form("captcha.failed") },
    checkEmail,
  };
}
