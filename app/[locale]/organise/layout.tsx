import type { Metadata } from "next";
import Link from "@/i18n/link";
import { redirect } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { OrganiseMessages } from "@/components/organise/client-messages";
import { SignOutButton } from "@/components/organise/sign-out-button";
import { getViewer } from "@/server/viewer";
import { isolate } from "@/i18n/bidi";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The organiser shell. Sending anonymous visitors to sign-in is a convenience;
 * every page's query and every action checks the viewer's rights itself.
 */
export default async function OrganiseLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) return redirect("/signin?callbackUrl=/organise");
  const t = await getTranslations("Organise.shell");
  return (
    <OrganiseMessages>
      <div className="border-b border-line bg-brand-soft">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-2 sm:px-6">
          <nav aria-label={t("navigation")}>
            <ul className="flex flex-wrap gap-4">
              <li>
                <Link href="/organise">{t("dashboard")}</Link>
              </li>
              <li>
                <Link href="/organise/campaigns/new">{t("newCampaign")}</Link>
              </li>
              <li>
                <Link href="/organise/defenders">{t("defenders")}</Link>
              </li>
              <li>
                <Link href="/organise/targets">{t("targets")}</Link>
              </li>
            </ul>
          </nav>
          <div className="flex min-w-0 flex-wrap items-center gap-3 text-sm">
            <span className="min-w-0 [overflow-wrap:anywhere]">{isolate((v) => t("signedInAs", v), { who: viewer.email ?? viewer.name ?? "" })}</span>
            <SignOutButton className="min-h-9 rounded-md border border-line bg-surface px-3 py-1 font-semibold hover:bg-surface" />
          </div>
        </div>
      </div>
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">{children}</div>
    </OrganiseMessages>
  );
}
