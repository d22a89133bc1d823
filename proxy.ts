import { NextResponse, type NextRequest } from "next/server";

const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * A convenience only: visitors without a session cookie who open the
 * organiser or admin area go straight to sign-in. Every page, query and action
 * still checks the viewer itself; a forged or stale cookie gets past here and
 * is refused there.
 */
export function proxy(request: NextRequest) {
  if (sessionCookies.some((name) => request.cookies.has(name))) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/organise", "/organise/:path*", "/admin", "/admin/:path*"],
};
