import type { ActionKind } from "@/db/schema/enums";
import { actionPath } from "@/lib/action-kinds";

/** Where a supporter takes one kind of action on a campaign (lib/action-kinds.ts). */
export { actionPath };

export const routes = {
  campaign: (slug: string) => `/campaigns/${slug}`,
  defender: (slug: string) => `/defenders/${slug}`,
  /** "Print and post it yourself": PDF, mailto, and the "I posted it" step. */
  postItYourself: (slug: string) => `/campaigns/${slug}/post-it`,
  thanks: (slug: string, kind: ActionKind) => `/campaigns/${slug}/thanks?kind=${kind}`,
  confirm: (token: string) => `/confirm/${token}`,
} as const;
