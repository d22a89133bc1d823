import Link from "@/i18n/link";
import Form from "@/i18n/form";
import type { ReactNode } from "react";

/** A plain GET form, so filtering works without JavaScript and results have shareable URLs; it stays in the page's language. */
export function FilterForm({
  action,
  heading,
  submitLabel,
  clearLabel,
  hasFilters,
  children,
}: {
  action: string;
  heading: string;
  submitLabel: string;
  clearLabel: string;
  hasFilters: boolean;
  children: ReactNode;
}) {
  return (
    <search className="rounded-xl border border-line bg-surface p-4 shadow-sm sm:p-5">
      <Form action={action} method="get" aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="sr-only">
          {heading}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[repeat(3,minmax(0,1fr))_auto] lg:items-end">
          {children}
          <div className="flex items-center gap-4 sm:col-span-2 lg:col-span-1">
            <button
              type="submit"
              className="h-11 rounded-md bg-brand px-6 font-semibold text-white shadow-sm hover:bg-brand-dark"
            >
              {submitLabel}
            </button>
            {hasFilters ? (
              <Link href={action} className="text-sm font-medium underline">
                {clearLabel}
              </Link>
            ) : null}
          </div>
        </div>
      </Form>
    </search>
  );
}
