"use client";

import type { ComponentProps } from "react";
import { localizeHref } from "./config";
import { usePathLocale } from "./link";

/**
 * A <form> that keeps the page's language, as Link does for links: a GET form to
 * "/campaigns" (filters, search) on a French page submits to "/fr/campaigns". Only a
 * string action is rewritten, and only a page path (see localizeHref: "/api/...",
 * "/share/..." and other hosts stay as they are); a Server Action passes through.
 */
export default function Form({ action, ...props }: ComponentProps<"form">) {
  const locale = usePathLocale();
  return <form action={typeof action === "string" ? localizeHref(action, locale) : action} {...props} />;
}
