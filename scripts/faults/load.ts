/**
 * Load shapes for the fault suite: a closed loop (N workers, each sending its
 * next request when the previous one is answered) and an open loop (requests
 * start at a fixed rate whatever the answers, up to a cap in flight), which is
 * what overload looks like from the outside.
 */
import type { Answer } from "./http";

export interface Sent<T> {
  item: T;
  answer: Answer;
  /** ms since the load started. */
  startedAt: number;
}

/** Workers send until next() returns undefined (time up, or enough requests). */
export async function closedLoop<T>(next: () => T | undefined, concurrency: number, send: (item: T) => Promise<Answer>): Promise<Sent<T>[]> {
  const results: Sent<T>[] = [];
  const start = performance.now();
  async function worker() {
    for (let item = next(); item !== undefined; item = next()) {
      const startedAt = performance.now() - start;
      results.push({ item, answer: await send(item), startedAt });
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

export async function openLoop<T>(
  items: T[],
  perSecond: number,
  maxInFlight: number,
  send: (item: T) => Promise<Answer>,
): Promise<{ results: Sent<T>[]; skipped: T[] }> {
  const results: Sent<T>[] = [];
  const skipped: T[] = [];
  const pending = new Set<Promise<void>>();
  const start = performance.now();
  for (const [index, item] of items.entries()) {
    const due = (index / perSecond) * 1000;
    const wait = due - (performance.now() - start);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    // A client that cannot even start a request has not been answered: it is neither success nor failure.
    if (pending.size >= maxInFlight) {
      skipped.push(item);
      continue;
    }
    const startedAt = performance.now() - start;
    const request = send(item).then((answer) => {
      results.push({ item, answer, startedAt });
    });
    const tracked = request.finally(() => pending.delete(tracked));
    pending.add(tracked);
  }
  await Promise.all(pending);
  return { results, skipped };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
