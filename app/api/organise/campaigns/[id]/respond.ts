import "server-only";
import { getUserLocale } from "@/db/queries/users";
import type { Locale } from "@/i18n/config";
import { storedLocale } from "@/server/translator";
import { getViewer, type SignedInViewer } from "@/server/viewer";

/** The signed-in viewer, or the response to send instead (401 for anonymous callers). */
export async function exportViewer(): Promise<SignedInViewer | Response> {
  const viewer = await getViewer();
  return viewer ?? new Response("Sign in to export.", { status: 401, headers: { "cache-control": "no-store" } });
}

export const notFound = () => new Response("Not found.", { status: 404, headers: { "cache-control": "no-store" } });

/** An ASCII file name for Content-Disposition ("campaign-slug-letters.pdf"). */
export function attachment(name: string): string {
  return `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, "-")}"`;
}

export function isYes(value: string | null): boolean {
  return value === "1" || value === "on" || value === "true";
}

/**
 * The language of what an organiser downloads: the one they last used (users.locale, set at
 * sign-in), else English. /api/... has no language in its path, and its Referer or
 * Accept-Language says nothing reliable about the interface they use.
 */
export async function viewerLocale(viewer: SignedInViewer): Promise<Locale> {
  return storedLocale(await getUserLocale(viewer.id));
}
