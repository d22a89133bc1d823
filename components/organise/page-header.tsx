import Link from "@/i18n/link";
import { Arrow } from "@/components/ui/arrow";
import type { ReactNode } from "react";

/** The h1 of an organiser page, an optional way back, and the page's main buttons. */
export function OrganisePageHeader({
  title,
  back,
  badge,
  actions,
}: {
  title: string;
  back?: { href: string; label: string };
  badge?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-col gap-2">
      {back ? (
        <p>
          <Link href={back.href} className="text-sm">
            <Arrow to="back" /> {back.label}
          </Link>
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
          {badge}
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}

export const buttonLinkClass =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-brand px-5 py-2 font-semibold text-white no-underline hover:bg-brand-dark";
export const secondaryButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-line bg-surface px-4 py-2 font-semibold text-ink no-underline hover:bg-brand-soft";
