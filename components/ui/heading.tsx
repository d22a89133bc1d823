import type { ReactNode } from "react";

export type HeadingLevel = 2 | 3 | 4;

/** A heading whose level the parent chooses, so cards fit any page outline. */
export function Heading({ level, className, children }: { level: HeadingLevel; className?: string; children: ReactNode }) {
  const Tag = `h${level}` as const;
  return <Tag className={className}>{children}</Tag>;
}
