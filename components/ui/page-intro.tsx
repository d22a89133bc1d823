import type { ReactNode } from "react";

/** The h1 of a listing page with its lead paragraph. */
export function PageIntro({ title, lead, children }: { title: string; lead?: string; children?: ReactNode }) {
  return (
    <div className="max-w-3xl">
      <h1 className="text-4xl font-semibold tracking-tight sm:text-5xl">{title}</h1>
      {lead ? <p className="mt-3 text-lg text-muted">{lead}</p> : null}
      {children}
    </div>
  );
}
