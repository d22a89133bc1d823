import { siteFeed } from "@/server/feeds";

/** Every syndicated campaign's updates as Atom in the URL's language (server/feeds.ts, ADR 0026). */
export function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return siteFeed(request, params, "atom");
}
