"use client";

import Link, { useUnlocalizedPathname } from "@/i18n/link";
import type { ReactNode } from "react";

/** A header link that marks itself as the current section (aria-current) for its path and below. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = useUnlocalizedPathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      // In the narrow header's <details> menu: close it, since the header stays put across client navigations.
      onClick={(event) => event.currentTarget.closest("details")?.removeAttribute("open")}
      className="rounded-md px-2.5 py-2 font-medium sm:px-3 text-ink no-underline hover:bg-brand-soft hover:text-brand-dark aria-[current=page]:bg-brand-soft aria-[current=page]:text-brand-dark"
    >
      {children}
    </Link>
  );
}
