import { getTranslations } from "next-intl/server";
import type { SignOnFormLabels } from "./sign-on-form";

/** The sign-on form's words, for the sign-on page and its embed. */
export async function signOnFormLabels(): Promise<SignOnFormLabels> {
  const [form, signOn] = await Promise.all([getTranslations("SupporterActions.form"), getTranslations("SupporterActions.signOn")]);
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
  };
}
