import NextAuth, { type NextAuthConfig } from "next-auth";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import type { Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { NextRequest } from "next/server";
import { cache } from "react";
import { getDb } from "@/db";
import { rememberUserLocale } from "@/db/queries/users";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { sendSignInLink } from "@/server/mail/sign-in";
import { mayMailSignInLink } from "@/server/rate-limit/signin";
import { defaultLocale, isLocale, splitLocale, type Locale } from "@/i18n/config";
import { env } from "@/lib/env";
import { secret } from "@/lib/secrets";
import type { Role } from "@/lib/permissions";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; email?: string | null; name?: string | null; image?: string | null };
  }
  interface User {
    role?: Role;
    suspendedAt?: Date | null;
  }
}

/**
 * Where Auth.js sends the browser after queueing a link (its verify-request page, which
 * redirects to pages.verifyRequest): also where a refused ask for a link goes, so both read alike.
 */
const verifyRequestPath = "/api/auth/verify-request?provider=email&type=email";

/** The language of a page address ("/fr/organise", "https://site/fr/organise"; unprefixed is English), or null without one. */
function localeOfPage(href: string | null | undefined): Locale | null {
  if (!href) return null;
  try {
    return splitLocale(new URL(href, "http://localhost").pathname).locale;
  } catch {
    return null;
  }
}

/**
 * The language someone signs in with. Asking for a link: the page they asked from (proxy.ts
 * puts it in next-intl's request header, which the sign-in action passes on to Auth.js), else
 * the page they return to. Completing a sign-in (/api/auth/callback/..., no language of its
 * own): the page they return to, from the link's callbackUrl or Auth.js's callback-url cookie.
 * The sign-in actions localize that page (app/[locale]/signin/actions.ts).
 */
function signInLocale(request: Request | undefined, callbackUrl?: string | null): Locale | null {
  const header = request?.headers.get("x-next-intl-locale");
  if (isLocale(header)) return header;
  if (callbackUrl !== undefined) return localeOfPage(callbackUrl);
  if (!request) return null;
  const cookies = (request as NextRequest).cookies;
  return localeOfPage(
    new URL(request.url).searchParams.get("callbackUrl") ??
      cookies?.get("__Secure-authjs.callback-url")?.value ??
      cookies?.get("authjs.callback-url")?.value,
  );
}

/** Magic links go through the same outbox as every other mail (dev outbox when there is no SMTP), in the language of the page they were asked from. */
const emailLink: Provider = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: 60 * 60,
  async sendVerificationRequest({ identifier, url, expires, request }) {
    const locale = signInLocale(request, new URL(url).searchParams.get("callbackUrl")) ?? defaultLocale;
    await sendSignInLink({ email: identifier, url, expires, locale });
  },
};

/** The Auth.js adapter, creating a new account with the language it signed in with (users.locale). */
function adapterWithLocale(adapter: Adapter, locale: Locale | null): Adapter {
  if (!locale || !adapter.createUser) return adapter;
  const createUser = adapter.createUser;
  return { ...adapter, createUser: (user) => createUser({ ...user, locale } as AdapterUser) };
}

function oauthProviders(): Provider[] {
  const e = env();
  const providers: Provider[] = [];
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) {
    providers.push(GitHub({ clientId: e.AUTH_GITHUB_ID, clientSecret: e.AUTH_GITHUB_SECRET }));
  }
  if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) {
    providers.push(Google({ clientId: e.AUTH_GOOGLE_ID, clientSecret: e.AUTH_GOOGLE_SECRET }));
  }
  return providers;
}

/** Names of the OAuth providers that are configured, for the sign-in page. */
export function configuredOAuthProviders(): { id: string; name: string }[] {
  return oauthProviders().map((p) => {
    const resolved = typeof p === "function" ? p() : p;
    return { id: resolved.id, name: resolved.name };
  });
}

async function config(request?: NextRequest): Promise<NextAuthConfig> {
  // Auth.js builds its links (the magic link, callback URLs) from AUTH_URL when
  // set, else from each request's Host; pin them to the site's public origin.
  process.env.AUTH_URL ??= new URL("/api/auth", env().SITE_URL).toString();
  const db = await getDb();
  // Set only while completing a sign-in (Auth.js's route handlers pass their request; signIn() and auth() do not).
  const locale = signInLocale(request);
  return {
    adapter: adapterWithLocale(
      DrizzleAdapter(db, {
        usersTable: users,
        accountsTable: accounts,
        sessionsTable: sessions,
        verificationTokensTable: verificationTokens,
      }),
      locale,
    ),
    secret: secret("AUTH_SECRET"),
    trustHost: true,
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
    providers: [emailLink, ...oauthProviders()],
    callbacks: {
      async signIn({ user, email }) {
        if (email?.verificationRequest) {
          // Asking for a link: the same answer for every address, an account or none, suspended or
          // over a limit. A link that may not go is answered with the usual "check your email" page;
          // no token is stored and no mail queued.
          const mayMail = await mayMailSignInLink(user.email ?? "");
          return mayMail && !user.suspendedAt ? true : verifyRequestPath;
        }
        return !user.suspendedAt;
      },
      session({ session, user }) {
        session.user.id = user.id;
        session.user.role = user.role ?? "supporter";
        return session;
      },
    },
    events: {
      // An existing account remembers the language it last signed in with (a new one got it at creation).
      async signIn({ user, isNewUser }) {
        if (locale && user.id && !isNewUser) await rememberUserLocale(user.id, locale);
      },
    },
  };
}

const nextAuth = NextAuth((request) => config(request));

export const { handlers, signIn, signOut } = nextAuth;
/** The current session, once per request. */
export const auth = cache(nextAuth.auth);
