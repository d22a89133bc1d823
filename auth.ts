import NextAuth, { type NextAuthConfig } from "next-auth";
import type { Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { cache } from "react";
import { getDb } from "@/db";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { sendSignInLink } from "@/server/mail/sign-in";
import { mayMailSignInLink } from "@/server/rate-limit/signin";
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

/** Magic links go through the same outbox as every other mail (dev outbox when there is no SMTP). */
const emailLink: Provider = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: 60 * 60,
  async sendVerificationRequest({ identifier, url, expires }) {
    await sendSignInLink({ email: identifier, url, expires });
  },
};

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

async function config(): Promise<NextAuthConfig> {
  // Auth.js builds its links (the magic link, callback URLs) from AUTH_URL when
  // set, else from each request's Host; pin them to the site's public origin.
  process.env.AUTH_URL ??= new URL("/api/auth", env().SITE_URL).toString();
  const db = await getDb();
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
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
  };
}

const nextAuth = NextAuth(() => config());

export const { handlers, signIn, signOut } = nextAuth;
/** The current session, once per request. */
export const auth = cache(nextAuth.auth);
