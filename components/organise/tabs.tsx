"use client";

import Link, { useUnlocalizedPathname } from "@/i18n/link";

export interface Tab {
  href: string;
  label: string;
}

/** Section navigation inside one campaign; the first tab is current only on its exact path. */
export function OrganiseTabs({ label, tabs }: { label: string; tabs: Tab[] }) {
  const pathname = useUnlocalizedPathname();
  return (
    <nav aria-label={label} className="mb-6 border-b border-line">
      <ul className="flex flex-wrap gap-1">
        {tabs.map((tab, index) => {
          const current = index === 0 ? pathname === tab.href : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? "page" : undefined}
                className="-mb-px inline-block border-b-2 border-transparent px-3 py-2 font-medium text-ink no-underline hover:border-line aria-[current=page]:border-brand aria-[current=page]:text-brand-dark"
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
