import "server-only";
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
