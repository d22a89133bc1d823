import "server-only";
import { unstable_cache } from "next/cache";

interface CachePolicy {
  /** Identifies the query; the arguments are added to the key by Next. */
  key: string;
  tags: string[];
  revalidate: number;
}

/**
 * Runs `load` through Next's data cache, so a public query hits the database
 * once per window or tag invalidation instead of once per request (ADR 0003).
 * Results are stored as JSON: view models hold strings and numbers, never Date
 * objects. Outside Next (unit tests, scripts) there is no cache: `load` runs as is.
 */
export function cached<Args extends unknown[], Result>(
  load: (...args: Args) => Promise<Result>,
  policy: CachePolicy,
  ...args: Args
): Promise<Result> {
  if (!process.env.NEXT_RUNTIME) return load(...args);
  const run = unstable_cache(load, [policy.key], { tags: policy.tags, revalidate: policy.revalidate });
  return run(...args);
}
