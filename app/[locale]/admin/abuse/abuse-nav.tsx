import Link from "@/i18n/link";
import { getTranslations } from "next-intl/server";

export const abuseSections = ["lists", "limits", "trending", "invalidations", "switches"] as const;
export type AbuseSection = (typeof abuseSections)[number];

/** The abuse tools' own navigation, under the admin shell; the current tool is marked with aria-current. */
export async function AbuseNav({ current }: { current: AbuseSection | null }) {
  const t = await getTranslations("AdminAbuse.nav");
  return (
    <nav aria-label={t("label")} className="mb-6">
      <ul className="flex flex-wrap gap-2 border-b border-line pb-3">
        <li>
          <Link
            href="/admin/abuse"
            aria-current={current === null ? "page" : undefined}
            className="inline-block rounded-md px-3 py-2 font-medium no-underline hover:bg-brand-soft aria-[current=page]:bg-brand-soft aria-[current=page]:font-semibold"
          >
            {t("overview")}
          </Link>
        </li>
        {abuseSections.map((section) => (
          <li key={section}>
            <Link
              href={`/admin/abuse/${section}`}
              aria-current={current === section ? "page" : undefined}
              className="inline-block rounded-md px-3 py-2 font-medium no-underline hover:bg-brand-soft aria-[current=page]:bg-brand-soft aria-[current=page]:font-semibold"
            >
              {t(section)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
