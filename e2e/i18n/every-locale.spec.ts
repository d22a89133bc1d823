/**
 * Every public page in every interface language, on a phone (390 px) and a
 * desktop (1280 px): the page does not scroll sideways, shows no missing
 * message ("⟦Namespace.key⟧", in text or in title/aria-label/placeholder/alt…),
 * has the language's <html lang dir>, keeps its links in its language (no
 * "/campaigns/x" on a French page: a link that bypassed the locale-keeping
 * Link), names its other languages with hreflang when it is indexable, asks no
 * other host for anything, gets no server error for any of its files, and
 * passes axe (serious and critical WCAG A/AA violations fail, e2e/fixtures.ts).
 *
 * The pages are the accessibility cases without a role (e2e/a11y/page-cases.ts,
 * read against the page files: e2e/a11y/routes.ts), so a new public page is
 * covered here once it has its case. Pages are visited in batches of one
 * language and width per browser context (e2e/a11y/page-batches.ts); a failure
 * names the page by its localised route ("/ar/campaigns/[slug]/letter").
 */
import { batches, visitEach } from "../a11y/page-batches";
import { expect, test } from "../fixtures";
import { localeProblems, publicVisits, watchRequests, type LocaleVisit } from "./support";
import { locales } from "../../i18n/config";

const widths = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

test("the matrix covers the public pages", () => {
  const routes = publicVisits("en").map((visit) => visit.englishRoute);
  for (const route of ["/", "/campaigns", "/campaigns/[slug]", "/campaigns/[slug]/letter", "/defenders/[slug]", "/signin"]) {
    expect(routes, "public routes of e2e/a11y/page-cases.ts").toContain(route);
  }
});

for (const viewport of widths) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    for (const locale of locales) {
      const visits: LocaleVisit[] = publicVisits(locale);
      for (const batch of batches(visits)) {
        const first = batch[0]!.route;
        const last = batch[batch.length - 1]!.route;
        test(`${locale} at ${viewport.width} px: ${first} … ${last} (${batch.length} pages)`, async ({ page, browser, baseURL, axe }) => {
          const requests = watchRequests(page);
          await visitEach({ page, browser, baseURL: baseURL! }, batch, async () => {
            const problems = await localeProblems(page, locale);
            // Lazy images and late fetches: scroll to the end before reading what was requested.
            await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
            // English at 1280 px is e2e/a11y/every-page.spec.ts's scan (same cases, same axe configuration): not repeated.
            if (locale !== "en" || viewport.width !== 1280) {
              try {
                await axe();
              } catch (error) {
                problems.push(error instanceof Error ? error.message.split("\n").slice(0, 12).join("\n") : String(error));
              }
            }
            problems.push(...requests.sinceLastCall());
            expect(problems, `${new URL(page.url()).pathname} (${locale}, ${viewport.width} px)`).toEqual([]);
          });
        });
      }
    }
  });
}
