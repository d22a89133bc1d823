import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { can } from "@/lib/permissions";
import { getViewer } from "@/server/viewer";
import { AdminNav } from "./admin-nav";
import { isolate } from "@/i18n/bidi";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The admin shell: navigation only. Not a security boundary: every admin page
 * calls requirePagePermission itself and every admin action checks its
 * permission. The navigation is only drawn for admins, so the area does not
 * announce itself to anyone else.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  if (!can(viewer, "admin:access:any")) return children;
  const t = await getTranslations("Admin.shell");
  const links = [
    { href: "/admin", label: t("overview"), exact: true },
    { href: "/admin/moderation", label: t("moderation") },
    { href: "/admin/abuse", label: t("abuse") },
    { href: "/admin/users", label: t("users") },
    { href: "/admin/audit", label: t("audit") },
  ];
  return (
    <>
      <div className="border-b border-line bg-brand-soft">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-2 sm:px-6">
          <AdminNav label={t("navigation")} links={links} />
          <p className="text-sm">{isolate((v) => t("signedInAs", v), { who: viewer!.email ?? viewer!.name ?? viewer!.id })}</p>
        </div>
      </div>
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">{children}</div>
    </>
  );
}
