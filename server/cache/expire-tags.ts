import path from "node:path";
import { env } from "@/lib/env";

interface TagExpirer {
  revalidateTag(tags: string[] | string, durations?: { expire?: number }): Promise<void>;
}

/**
 * Expires cache tags from a background job (counter job, invalidations,
 * retention), where revalidateTag() from next/cache cannot be called: outside a
 * request or server action it throws ("static generation store missing").
 *
 * - Inside the Next server (WORKERS=on), the incremental cache it keeps on
 *   globalThis once it has served a request: that is the shared cache when one
 *   is configured (REDIS_URL), else this process's own.
 * - In a separate worker with REDIS_URL, the same shared cache handler the web
 *   nodes use (server/cache/next-cache-handler.mjs, ADR 0031), so every node
 *   sees the change at its next request.
 * - Otherwise there is nothing this process can reach: the pages' cache windows
 *   (ADR 0003) take over. Returns false then.
 */
export async function expireCacheTags(tags: string[]): Promise<boolean> {
  if (tags.length === 0) return true;
  const inProcess = (globalThis as { __incrementalCache?: TagExpirer }).__incrementalCache;
  if (inProcess) {
    // No durations: expired now, so the next request re-reads instead of serving stale data once more.
    await inProcess.revalidateTag(tags);
    return true;
  }
  const shared = await sharedCache();
  if (!shared) return false;
  await shared.revalidateTag(tags);
  return true;
}

const holder = globalThis as unknown as { __inkwellSharedCache?: Promise<TagExpirer | null> };

function sharedCache(): Promise<TagExpirer | null> {
  holder.__inkwellSharedCache ??= openSharedCache();
  return holder.__inkwellSharedCache;
}

async function openSharedCache(): Promise<TagExpirer | null> {
  if (!env().REDIS_URL || process.env.NEXT_RUNTIME) return null;
  const distDir = path.resolve(env().NEXT_DIST_DIR);
  // Imported only here, in the worker: the web nodes load the same module through next.config.js.
  const { default: CacheHandler } = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ path.join(process.cwd(), "server/cache/next-cache-handler.mjs"))) as {
    default: new (context: { serverDistDir: string; dev: boolean }) => TagExpirer;
  };
  return new CacheHandler({ serverDistDir: path.join(distDir, "server"), dev: false });
}
