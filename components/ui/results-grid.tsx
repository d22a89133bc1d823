import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";

interface ResultsGridProps<T> {
  items: readonly T[];
  /** Above the cards: how many matched, or that nothing did. */
  heading: string;
  /** What to do when nothing matched. */
  emptyBody: string;
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
}

/** The results of a public list page's filters (campaigns, defenders): a counted heading, then a grid of cards or an empty state. */
export function ResultsGrid<T>({ items, heading, emptyBody, itemKey, renderItem }: ResultsGridProps<T>) {
  return (
    <section aria-labelledby="results-heading" className="mt-10">
      <h2 id="results-heading" className="font-sans text-lg font-semibold text-muted">
        {heading}
      </h2>
      {items.length === 0 ? (
        <div className="mt-4">
          <EmptyState>
            <p>{emptyBody}</p>
          </EmptyState>
        </div>
      ) : (
        <ul className="mt-4 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((item) => (
            <li key={itemKey(item)}>{renderItem(item)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
