import { createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { confirmWindowDays } from "@/db/queries/signatures";
import { locales, timeZone } from "@/i18n/config";
import { messagesFor } from "@/i18n/messages";
import { parseEnv } from "@/lib/env";
import { PrivacyBody, privacyFacts } from "./privacy-body";

/** The privacy page's text as rendered with these environment settings, in `locale`. */
async function rendered(locale: (typeof locales)[number], settings: Record<string, string>): Promise<string> {
  const t = createTranslator({ locale, timeZone, messages: await messagesFor(locale), namespace: "Privacy" });
  const facts = privacyFacts(parseEnv({ ...settings }));
  const translate = t as unknown as (key: string, values?: Record<string, number>) => string;
  return renderToStaticMarkup(<PrivacyBody t={translate} facts={facts} />);
}

describe("privacy page durations", () => {
  it("states the retention settings the jobs enforce, and follows them when they change", async () => {
    const defaults = parseEnv({});
    const before = await rendered("en", {});
    expect(before).toContain(`${defaults.RETENTION_MONTHS} months after a campaign is closed`);
    expect(before).toContain(`erased after ${defaults.IP_HASH_RETENTION_DAYS} days`);
    expect(before).toContain(`confirmed for ${confirmWindowDays} days`);

    const after = await rendered("en", { RETENTION_MONTHS: "37", IP_HASH_RETENTION_DAYS: "1", MAIL_RETENTION_DAYS: "45" });
    expect(after).toContain("37 months after a campaign is closed");
    expect(after).toContain("erased after 1 day.");
    expect(after).toContain("outbox after 45 days");
    expect(after).not.toContain(`${defaults.RETENTION_MONTHS} months`);
  });

  it("puts the numbers in every language", async () => {
    for (const locale of locales) {
      const html = await rendered(locale, { RETENTION_MONTHS: "37", MAIL_RETENTION_DAYS: "45" });
      expect(html, locale).toMatch(/37/);
      expect(html, locale).toMatch(/45/);
      expect(html, locale).toContain('href="/account"');
    }
  });
});
