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

/**
 * A CSV download streamed batch by batch (a BOM first, so that spreadsheets read UTF-8): the
 * organisers' signature export and a partner's download (ADR 0029).
 */
export function csvDownload<T>(header: string, batches: AsyncGenerator<T[]>, lines: (rows: T[]) => string, fileName: string): Response {
  const encoder = new TextEncoder();
  let headerSent = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(`\uFEFF${header}`));
        return;
      }
      try {
        const next = await batches.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(lines(next.value)));
      } catch (error) {
        console.error(`CSV export ${fileName} failed`, error);
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachment(fileName),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
