import "server-only";
import { cache } from "react";
import { auth } from "@/auth";
import { getActiveViewer } from "@/db/queries/users";

/**
 * Who is asking, checked against the database on every request (so a
 * suspension or role change applies at once), or null for anonymous visitors.
 */
export const getViewer = cache(async () => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? getActiveViewer(id) : null;
});

export type SignedInViewer = NonNullable<Awaited<ReturnType<typeof getViewer>>>;
