import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { pageMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ locale: string }> };

// Rendered per request like the other pages outside proxy.ts's cached list, so it carries the CSP nonce.
export const dynamic = "force-dynamic";

/** Each section: its heading key and its paragraphs' or list items' keys (messages/<locale>/Accessibility.json). */
const sections = [
  { id: "standard", items: ["standardText"], list: false },
  { id: "testing", items: ["testingAxe", "testingKeyboard", "testingNoJs", "testingNarrow", "testingRtl"], list: true },
  { id: "limitations", items: ["limitationsPdf", "limitationsCharts", "limitationsMap", "limitationsTranslations"], list: true },
  { id: "report", items: ["reportText", "reportAnswer"], list: false },
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("Accessibility");
  return pageMetadata({ title: t("metaTitle"), description: t("metaDescription"), path: "/accessibility" });
}

export default async function AccessibilityPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations("Accessibility");
  return (
    <div className="mx-auto max-w-3xl px-4 py-14 sm:px-6">
      <h1 className="text-4xl font-semibold tracking-tight">{t("heading")}</h1>
      <p className="mt-4 text-lg text-muted">{t("lead")}</p>
      {sections.map(({ id, items, list }) => (
        <section key={id} aria-labelledby={`accessibility-${id}`} className="mt-10 space-y-3">
          <h2 id={`accessibility-${id}`} className="text-2xl font-semibold">
            {t(`${id}Heading`)}
          </h2>
          {list ? (
            <ul className="list-disc space-y-2 ps-6 leading-relaxed">
              {items.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          ) : (
            items.map((key) => (
              <p key={key} className="leading-relaxed">
                {t(key)}
              </p>
            ))
          )}
        </section>
      ))}
    </div>
  );
}
