import type { ReactNode } from "react";

export type BadgeTone = "red" | "amber" | "green" | "blue" | "violet" | "grey" | "brand";

const toneClasses: Record<BadgeTone, string> = {
  red: "bg-tone-red-soft text-tone-red ring-tone-red/25",
  amber: "bg-tone-amber-soft text-tone-amber ring-tone-amber/25",
  green: "bg-tone-green-soft text-tone-green ring-tone-green/25",
  blue: "bg-tone-blue-soft text-tone-blue ring-tone-blue/25",
  violet: "bg-tone-violet-soft text-tone-violet ring-tone-violet/25",
  grey: "bg-tone-grey-soft text-tone-grey ring-tone-grey/25",
  brand: "bg-brand-soft text-brand ring-brand/25",
};

/** A short label with a tone; the text alone carries the meaning, the colour only helps. */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold tracking-wide whitespace-nowrap ring-1 ring-inset ${toneClasses[tone]}`}
    >
      <span aria-hidden="true" className="size-1.5 rounded-full bg-current" />
      {children}
    </span>
  );
}
