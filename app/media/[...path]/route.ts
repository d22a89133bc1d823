import { photoVisibleTo } from "@/db/queries/organise-defenders";
import { readStored, resolveStored } from "@/lib/uploads/storage";
import { getViewer } from "@/server/viewer";

type Context = { params: Promise<{ path: string[] }> };

/**
 * Serves uploaded photos. Only names the app itself wrote are accepted (no
 * "..", no other extensions), and a photo of a defender who went quiet is
 * gone for everyone but their organisers.
 */
export async function GET(_request: Request, { params }: Context) {
  const { path } = await params;
  const name = path.join("/");
  if (!resolveStored(name)) return notFound();
  const viewer = await getViewer();
  if (!(await photoVisibleTo(viewer, name))) return notFound();
  const bytes = await readStored(name);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "image/webp",
      "Content-Length": String(bytes.length),
      // Names are never reused, but going quiet must take effect: browsers may keep it briefly, shared caches not at all.
      "Cache-Control": "private, max-age=300",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
}

function notFound() {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
