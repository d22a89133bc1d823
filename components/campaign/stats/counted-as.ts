import type { ActionKind } from "@/db/schema/enums";

/**
 * How each kind of action is counted, for labels that mean the same on every
 * page (public campaign page, dashboard, analytics): "confirmed" is an action
 * whose supporter confirmed it by email (letters, sign-ons, solidarity
 * messages) or that we recorded ourselves (a post opened from the tweet page);
 * "reported by supporters" is one we were told about and cannot check. These
 * kinds are only ever reported, so they are never labelled "confirmed": a
 * phone call or an email to an official happens outside Inkwell.
 */
export const reportedOnlyKinds: ReadonlySet<ActionKind> = new Set<ActionKind>(["email", "call"]);
