"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * An embeddable action's address, as the browser has it ("/fr/embed/campaigns/<slug>/<kind>")
 * or as the server renders it after proxy.ts's rewrite ("/fr/campaigns/<slug>/<kind>/embed").
 */
const embedPathname = /^(?:\/[a-z]{2})?(?:\/embed\/campaigns\/|\/campaigns\/[^/]+\/[^/]+\/embed(?:\/|$))/;

/**
 * The site's header and footer, left out of the embeddable actions (ADR 0030): they are
 * framed by partner sites and show only the form, a small heading and "Open on Inkwell".
 */
export function OutsideEmbed({ children }: { children: ReactNode }) {
  const pathname = usePathname() ?? "";
  return embedPathname.test(pathname) ? null : children;
}
