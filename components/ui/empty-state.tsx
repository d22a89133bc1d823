import type { ReactNode } from "react";

/** What a list shows when nothing matches; the heading above it says so, this says what to do. */
export function EmptyState({ title, children }: { title?: string; children?: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-line bg-surface px-6 py-10 text-center">
      {title ? <p className="font-serif text-xl font-semibold">{title}</p> : null}
      {children ? <div className={`mx-auto max-w-prose text-muted ${title ? "mt-2" : ""}`}>{children}</div> : null}
    </div>
  );
}
