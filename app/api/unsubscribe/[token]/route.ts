import { unsubscribeFromCampaignUpdates } from "@/db/queries/campaign-updates";
import { defaultLocale, isLocale, localizeHref } from "@/i18n/config";
import { env } from "@/lib/env";

/**
 * RFC 8058 one-click unsubscribe, the address in a campaign update's
 * List-Unsubscribe header (ADR 0027). The mail provider POSTs
 * "List-Unsubscribe=One-Click" here, with no session and no form token: the
 * signed token in the path is the whole authority, and stopping updates is
 * all it can do (idempotent: a second POST changes nothing and answers the
 * same). A GET changes nothing, since link scanners open every address in a
 * mail: it sends the person to the unsubscribe page, which asks first.
 */
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

const plain = { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" };

async function isOneClick(request: Request): Promise<boolean> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) return false;
  try {
    return (await request.formData()).get("List-Unsubscribe") === "One-Click";
  } catch {
    return false;
  }
}

export async function POST(request: Request, { params }: Context) {
  const { token } = await params;
  if (!(await isOneClick(request))) {
    return new Response("Expected the form body List-Unsubscribe=One-Click (RFC 8058).", { status: 400, headers: plain });
  }
  const done = await unsubscribeFromCampaignUpdates(token);
  if (!done) return new Response("Unknown unsubscribe link.", { status: 404, headers: plain });
  return new Response("Unsubscribed.", { status: 200, headers: plain });
}

export async function GET(request: Request, { params }: Context) {
  const { token } = await params;
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = isLocale(requested) ? requested : defaultLocale;
  const page = new URL(localizeHref(`/unsubscribe/${encodeURIComponent(token)}`, locale), env().SITE_URL);
  return new Response(null, { status: 303, headers: { location: page.toString(), "cache-control": "no-store" } });
}
