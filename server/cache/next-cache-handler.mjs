// @ts-check
/**
 * The shared page and data cache of a deployment with several web nodes
 * (ADR 0031): Next's incremental cache (ISR pages, unstable_cache entries,
 * their tags) kept in Redis or Valkey through @fortedigital/nextjs-cache-handler,
 * so a tag expired by one node, or by the worker, is expired for every node.
 *
 * next.config.js points `cacheHandler` here only when REDIS_URL is set; without
 * it each process keeps Next's own file-system cache (one node, the default).
 * Loaded by Next at run time (not bundled), and by server/cache/expire-tags.ts
 * in the worker. Read from process.env directly: it runs before lib/env.ts can.
 *
 * If Redis is unreachable, every lookup is a miss and every write is dropped:
 * pages are rendered per request (slower, never stale) until it is back.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "redis";

/** The build id names the keys: a new build never serves the HTML of an old one (its chunks are gone). */
function buildIdOf(serverDistDir) {
  try {
    return readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
  } catch {
    return "dev";
  }
}

let warnedAt = 0;
function warn(message) {
  // At most one line a minute: a Redis outage must not flood the log.
  if (Date.now() - warnedAt < 60_000) return;
  warnedAt = Date.now();
  console.warn(`[cache] ${message}`);
}

CacheHandler.onCreation(async ({ serverDistDir, buildId }) => {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error("server/cache/next-cache-handler.mjs needs REDIS_URL");
  const client = createClient({
    url,
    socket: {
      connectTimeout: 2_000,
      // Keep trying, never give up: a restart of Redis must not need a restart of every node.
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
    },
    // Commands while disconnected fail at once (a cache miss) instead of queueing behind the outage.
    disableOfflineQueue: true,
  });
  client.on("error", (error) => warn(`Redis: ${error?.message ?? error}; pages are rendered without the shared cache until it answers`));
  try {
    await client.connect();
  } catch (error) {
    warn(`Redis unreachable at start (${error?.message ?? error}); retrying in the background`);
  }
  const prefix = `inkwell:${buildId?.trim() || buildIdOf(serverDistDir)}:`;
  return {
    handlers: [createRedisHandler({ client, keyPrefix: prefix, timeoutMs: 1_000 })],
  };
});

export default CacheHandler;
