import { campaignFeed } from "@/server/feeds";

/** The campaign's updates as RSS 2.0 in the URL's language (server/feeds.ts, ADR 0026). */
export function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  return campaignFeed(request, params, "rss");
}
