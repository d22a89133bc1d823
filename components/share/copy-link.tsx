"use client";

import { useId, useState, useSyncExternalStore } from "react";

interface CopyLinkProps {
  url: string;
  label: string;
  copyLabel: string;
  copiedLabel: string;
  failedLabel: string;
}

const subscribeNever = () => () => {};

/**
 * The page's address in a read-only field anyone can select and copy; with
 * JavaScript (and a clipboard) a button copies it in one go and says so.
 */
export function CopyLink({ url, label, copyLabel, copiedLabel, failedLabel }: CopyLinkProps) {
  const inputId = useId();
  const hydrated = useSyncExternalStore(subscribeNever, () => true, () => false);
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const canCopy = hydrated && typeof navigator !== "undefined" && Boolean(navigator.clipboard);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }

  return (
    <div>
      <label htmlFor={inputId} className="block text-sm font-semibold">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={inputId}
          type="url"
          dir="ltr"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-line bg-surface px-3 py-2 text-sm"
        />
        {canCopy ? (
          <button
            type="button"
            onClick={copy}
            className="rounded-md bg-brand px-3 py-2 text-sm font-semibold text-white hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2"
          >
            {copyLabel}
          </button>
        ) : null}
      </div>
      <p role="status" className="mt-1 min-h-5 text-sm text-muted">
        {status === "copied" ? copiedLabel : status === "failed" ? failedLabel : ""}
      </p>
    </div>
  );
}
