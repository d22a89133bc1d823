import "server-only";
import { headers } from "next/headers";

/**
 * Whether a server action was posted by React's fetch (JavaScript on: the
 * request carries Next's `Next-Action` header) rather than by a plain HTML
 * form (JavaScript off or not loaded yet: the action's id travels in the body).
 * The first can take its answer as action state; the second needs a page.
 */
export async function isActionFetch(): Promise<boolean> {
  return (await headers()).has("next-action");
}
