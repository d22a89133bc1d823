import { getTranslations } from "next-intl/server";
import { mastodonHost, mastodonShareUrl } from "@/components/share/share-urls";

const maxTextLength = 1_000;

/**
 * The Mastodon share form posts here (GET, so it works without JavaScript):
 * Mastodon has no central share page, so we send the reader to their own server's.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const server = (params.get("server") ?? "").slice(0, 300);
  const text = (params.get("text") ?? "").slice(0, maxTextLength);
  const host = mastodonHost(server);
  if (!host) {
    const t = await getTranslations("Share");
    return new Response(t("mastodonInvalid", { server }), {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return Response.redirect(mastodonShareUrl(host, text), 303);
}
