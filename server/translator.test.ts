/**
 * Text outside a request (mail, downloads) in a chosen language, with stand-in
 * catalogues: the real ones map every locale to English until the translations
 * land (i18n/messages.ts), so only these show that the locale picks the words.
 */
import { describe, expect, it, vi } from "vitest";
import english from "@/messages/en";

vi.mock("@/i18n/messages", () => ({
  messagesFor: async (locale: string) =>
    ({
      en: english,
      // A partial translation: what it lacks reads in English.
      fr: {
        Email: { signIn: { subject: "Votre lien de connexion (fr)" } },
        SupporterActions: { mail: { letter: { subject: "Confirmez votre lettre pour {campaign} (fr)" } } },
      },
      ar: { Test: { count: "{n, plural, zero {zero} one {one} two {two} few {few} many {many} other {other}}" } },
      es: {},
      zh: {},
    })[locale],
}));

const { storedLocale, translatorFor, localizedUrl } = await import("./translator");
const { composeConfirmationMail } = await import("./supporter-actions/confirmation-mail");
const { signInLinkMail } = await import("./mail/sign-in");

describe("translatorFor", () => {
  it("uses the locale's catalogue, and English for a key it lacks", async () => {
    const fr = await translatorFor("fr");
    expect(fr("Email.signIn.subject")).toBe("Votre lien de connexion (fr)");
    expect(fr("Error.retry")).toBe(english.Error.retry);
    expect(await translatorFor("fr")).toBe(fr);
  });

  it("follows the locale's plural rules", async () => {
    const ar = await translatorFor("ar");
    expect([0, 1, 2, 3, 11, 100].map((n) => ar("Test.count", { n }))).toEqual(["zero", "one", "two", "few", "many", "other"]);
  });
});

describe("storedLocale and localizedUrl", () => {
  it("take a stored locale only when it is one of ours", () => {
    expect(storedLocale("ar")).toBe("ar");
    expect(storedLocale("de")).toBe("en");
    expect(storedLocale(null, "fr")).toBe("fr");
  });

  it("put the language in the path, English unprefixed", () => {
    expect(localizedUrl("/confirm/abc", "fr")).toMatch(/^https?:\/\/[^/]+\/fr\/confirm\/abc$/);
    expect(localizedUrl("/confirm/abc", "en")).toMatch(/^https?:\/\/[^/]+\/confirm\/abc$/);
  });
});

describe("composers", () => {
  it("write the confirmation mail in the supporter's language, linking to the confirm page in it", async () => {
    const french = await composeConfirmationMail("letter", "Free Them", "tok", "fr");
    const englishMail = await composeConfirmationMail("letter", "Free Them", "tok", "en");
    expect(french.subject).toBe("Confirmez votre lettre pour Free Them (fr)");
    expect(french.subject).not.toBe(englishMail.subject);
    expect(french.text).toMatch(/https?:\/\/[^/\s]+\/fr\/confirm\/tok/);
    expect(englishMail.text).toMatch(/https?:\/\/[^/\s]+\/confirm\/tok/);
  });

  it("write the sign-in mail in the language it was asked in", async () => {
    const link = { email: "a@example.org", url: "https://x.test/api/auth/callback/email?token=t", expires: new Date(Date.now() + 3_600_000) };
    expect((await signInLinkMail({ ...link, locale: "fr" })).subject).toBe("Votre lien de connexion (fr)");
    expect((await signInLinkMail({ ...link, locale: "en" })).subject).toBe(english.Email.signIn.subject);
  });
});
