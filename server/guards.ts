import "server-only";
import { notFound } from "next/navigation";
import { redirect } from "@/i18n/navigation";
import { can, type PermissionCheck } from "@/lib/permissions";
import { isRefused } from "@/lib/refusal";
import { getViewer, type SignedInViewer } from "@/server/viewer";

/**
 * The one page guard (pages, not actions): the signed-in viewer holding
 * `permission`. Anonymous visitors go to sign-in; signed-in viewers without the
 * right get a 404, so admin areas do not even admit they exist. Each page calls
 * this itself: layouts are not a security boundary.
 */
export async function requirePagePermission(permission: PermissionCheck, returnTo: string): Promise<SignedInViewer> {
  const viewer = await getViewer();
  if (!viewer) return redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(viewer, permission)) notFound();
  return viewer;
}

/** A page's answer to the one refusal (lib/refusal.ts): a query that refuses the viewer becomes a 404, never a hint. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isRefused(error)) notFound();
    throw error;
  }
}
