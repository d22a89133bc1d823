"use server";

import { localizedPath, redirect } from "@/i18n/navigation";
import { z } from "zod";
import { signIn, signOut, configuredOAuthProviders } from "@/auth";
import { publicAction } from "@/server/action";
import { safeReturnPath } from "./return-path";

const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Validation.required")
    .max(254, "Validation.tooLong")
    .pipe(z.email("Validation.invalidEmail")),
  returnTo: z.string().optional(),
});

/**
 * Queues a magic link and sends the visitor to /signin/check-email, which says
 * the same thing for every address (suspended ones silently get nothing).
 */
export const requestSignInLink = publicAction({
  schema: signInSchema,
  echo: ["email"],
  run: async ({ email, returnTo }) => {
    // redirect: false, because Auth.js's server-side signIn ignores pages.verifyRequest for email links.
    // Whatever it answers (a suspended address is refused), the visitor sees the same page.
    // The page to return to is in the request's language: a new account takes its language from it (auth.ts).
    await signIn("email", { email, redirectTo: await localizedPath(safeReturnPath(returnTo)), redirect: false });
    return redirect("/signin/check-email");
  },
});

const providerSchema = z.object({ provider: z.string(), returnTo: z.string().optional() });

/** Starts an OAuth sign-in with one of the configured providers (never one that isn't configured). */
export const signInWithProvider = publicAction({
  schema: providerSchema,
  run: async ({ provider, returnTo }) => {
    if (!configuredOAuthProviders().some((p) => p.id === provider)) return { ok: false };
    await signIn(provider, { redirectTo: await localizedPath(safeReturnPath(returnTo)) });
  },
});

/** Ends the database session and goes home. */
export const signOutOfInkwell = publicAction({
  schema: z.object({}),
  run: async () => {
    await signOut({ redirectTo: await localizedPath("/") });
  },
});
