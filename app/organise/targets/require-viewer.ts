import "server-only";
import { notFound, redirect } from "next/navigation";
import { can, type PermissionCheck } from "@/lib/permissions";
import { getViewer, type SignedInViewer } from "@/lib/viewer";

/** The signed-in viewer holding `permission`; others see sign-in or a 404 (never a hint that the page exists). */
export async function requireViewer(permission: PermissionCheck, callbackUrl: string): Promise<SignedInViewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (!can(viewer, permission)) notFound();
  return viewer;
}
