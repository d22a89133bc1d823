"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/**
 * The form's submit button. While the action runs it says so and ignores
 * further clicks (aria-disabled rather than disabled, so focus stays on it).
 */
export function SubmitButton({
  children,
  pendingLabel,
  className,
}: {
  children: ReactNode;
  pendingLabel: string;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={
        className ??
        "inline-flex min-h-11 items-center justify-center rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark aria-disabled:opacity-70"
      }
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
