import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { auth } from "@/auth";
import { getActiveViewer } from "@/db/queries/users";
import { hasSessionCookie } from "@/lib/session-cookie";

/**
 * Who is asking, checked against the database on every request (so a
 * suspension or role change applies at once), or null for anonymous visitors.
 * Without a session cookie there is no session to find: Auth.js is not asked
 * (it would build and run a whole internal request to say so, on every
 * signature of a surge).
 */
export const getViewer = cache(async () => {
  if (!hasSessionCookie(await cookies())) return null;
  const session = await auth();
  const id = session?.user?.id;
  return id ? getActiveViewer(id) : null;
});

export type SignedInViewer = NonNullable<Awaited<ReturnType<typeof getViewer>>>;
