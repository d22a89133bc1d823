import type { ActionKind } from "@/db/schema/enums";

const actionSegments: Record<ActionKind, string> = {
  letter: "letter",
  tweet: "tweet",
  email: "email",
  call: "call",
  solidarity: "solidarity",
  org_signon: "sign-on",
  petition: "petition",
};

/** Where a supporter takes one kind of action on a campaign: /campaigns/<slug>/<letter|tweet|email|call|solidarity|sign-on>. */
export function actionPath(campaignSlug: string, kind: ActionKind): string {
  return `/campaigns/${campaignSlug}/${actionSegments[kind]}`;
}

export const routes = {
  campaign: (slug: string) => `/campaigns/${slug}`,
  defender: (slug: string) => `/defenders/${slug}`,
  /** "Print and post it yourself": PDF, mailto, and the "I posted it" step. */
  postItYourself: (slug: string) => `/campaigns/${slug}/post-it`,
  thanks: (slug: string, kind: ActionKind) => `/campaigns/${slug}/thanks?kind=${kind}`,
  confirm: (token: string) => `/confirm/${token}`,
} as const;
