import { NextResponse, type NextRequest } from "next/server";
import { isLocale, localeCookie, localizeHref } from "@/i18n/config";

/**
 * The language switcher's links: remember the choice (it decides what "/" shows
 * next time) and go to the same page in that language. Only a path on this site
 * is followed; anything else goes to the language's home page.
 */
export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get("to");
  const next = request.nextUrl.searchParams.get("next") ?? "/";
  if (!isLocale(to)) return new NextResponse("Unknown language.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  const sitePath = /^\/(?![/\\])[^\s]*$/.test(next) ? next : "/";
  const response = new NextResponse(null, { status: 303, headers: { location: localizeHref(sitePath, to), "cache-control": "no-store" } });
  response.cookies.set(localeCookie, to, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true, secure: request.nextUrl.protocol === "https:" });
  return response;
}
