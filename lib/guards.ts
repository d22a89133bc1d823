import "server-only";
import { notFound, redirect } from "next/navigation";
import { can, type PermissionCheck } from "@/lib/permissions";
import { getViewer, type SignedInViewer } from "@/lib/viewer";

/**
 * For pages (not actions): the signed-in viewer holding `permission`.
 * Anonymous visitors go to sign-in; signed-in viewers without the right get a
 * 404, so admin areas do not even admit they exist. Each page calls this
 * itself: layouts are not a security boundary.
 */
export async function requirePagePermission(permission: PermissionCheck, returnTo: string): Promise<SignedInViewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(viewer, permission)) notFound();
  return viewer;
}
