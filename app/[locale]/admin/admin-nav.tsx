"use client";

import Link, { useUnlocalizedPathname } from "@/i18n/link";

export interface AdminNavLink {
  href: string;
  label: string;
  /** Current only on this exact path (the overview), not on the pages below it. */
  exact?: boolean;
}

/** The admin sections; the current one is marked with aria-current. */
export function AdminNav({ label, links }: { label: string; links: AdminNavLink[] }) {
  const pathname = useUnlocalizedPathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1">
        {links.map((link) => {
          const current = pathname === link.href || (!link.exact && pathname.startsWith(`${link.href}/`));
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className="inline-block rounded-md px-3 py-2 font-medium text-ink no-underline hover:bg-surface aria-[current=page]:bg-surface aria-[current=page]:font-semibold aria-[current=page]:text-brand-dark"
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
