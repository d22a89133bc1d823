import type { ReactNode } from "react";

export interface DataColumn {
  label: ReactNode;
  /** Figures: aligned to the end (right, or left in right-to-left pages), so their digits line up. */
  numeric?: boolean;
  /** A column whose cells say what they are (a Remove button, links): its header is read by screen readers only. */
  hidden?: boolean;
}

interface DataTableProps {
  columns: readonly DataColumn[];
  /** Names the table for screen readers (visually hidden: the heading above it says it to everyone). */
  caption?: ReactNode;
  /** `sm`: smaller text, for tables with many or long cells (the audit log). */
  size?: "base" | "sm";
  /** `compact`: tighter cells, for a figure table under a chart (analytics). */
  density?: "normal" | "compact";
  /** Spacing of the scroll box, e.g. "mt-4". */
  className?: string;
  /** The rows (`<tr>`), each naming itself in a `<th scope="row">` where it can. */
  children: ReactNode;
}

/**
 * The tables of the admin, organiser and account pages. A wide table scrolls in its own
 * box (overflow-x-auto) instead of widening the page at 360 px, and the box is
 * `relative` so that the visually hidden headers (sr-only, position absolute)
 * are laid out inside it rather than against the page. Column headers carry
 * scope="col".
 */
export function DataTable({ columns, caption, size = "base", density = "normal", className, children }: DataTableProps) {
  const [cell, lastCell] = density === "compact" ? ["py-1 pe-3", "py-1"] : ["py-2 pe-4", "py-2"];
  return (
    <div className={["relative overflow-x-auto", className].filter(Boolean).join(" ")}>
      <table className={`w-full border-collapse text-start${size === "sm" ? " text-sm" : ""}`}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          <tr className="border-b border-line">
            {columns.map((column, index) => (
              <th key={index} scope="col" className={[index < columns.length - 1 ? cell : lastCell, column.numeric ? "text-end" : ""].filter(Boolean).join(" ")}>
                {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
