/**
 * Who may do what, pure (no database, no server-only: the header's account
 * menu asks it too).
 *
 * Saying no, one way (ADR 0020):
 * - "May this role do this at all?": `assertCan(viewer, permission)` throws a
 *   `Refused("forbidden")` (lib/refusal.ts). The action builder checks it
 *   before anything runs; query functions that mutate or look up one object
 *   check it again themselves.
 * - "On this row?": the query adds the ownership condition to its WHERE
 *   (db/queries/access.ts); a single-object mutation or lookup by id that finds
 *   nothing the viewer may touch throws `Refused("notFound")`.
 * - "In this state?": e.g. a campaign status move the lifecycle rule
 *   (lib/campaign-status.ts) does not have throws `Refused("notAllowed")`.
 * - Lists never refuse: their WHERE filters what the viewer may see, so a
 *   viewer who may see nothing gets an empty list.
 * The action builder answers a Refused with `{ ok: false, message }`; pages
 * with a 404 (server/guards.ts).
 */
import type { userRoles } from "@/db/schema/enums";
import { Refused } from "@/lib/refusal";

export type Role = (typeof userRoles)[number];

/**
 * Role -> permission strings, "entity:action:scope" (epic-stack style). "own"
 * means: only rows the viewer owns or co-organises; the query layer adds that
 * condition to its WHERE. "any" includes "own".
 */
const supporter = [
  "action:create:any",
  "account:read:own",
  "account:delete:own",
  "organiser-request:create:own",
  /** A partner's download of its own source's consenting supporters; "own" = a member of that source (db/queries/partner-sources.ts). */
  "partner:export:own",
] as const;

const organiser = [
  ...supporter,
  "campaign:create:any",
  "campaign:read:own",
  "campaign:edit:own",
  "campaign:submit:own",
  "campaign:export:own",
  "defender:create:any",
  "defender:edit:own",
  "target:read:any",
  "target:edit:any",
  "organise:access:any",
] as const;

const admin = [
  ...organiser,
  "campaign:read:any",
  "campaign:edit:any",
  "campaign:publish:any",
  "campaign:export:any",
  "defender:edit:any",
  "moderation:decide:any",
  "abuse:manage:any",
  "user:read:any",
  "user:edit:any",
  "audit:read:any",
  "settings:edit:any",
  "admin:access:any",
] as const;

export type Permission = (typeof admin)[number];
type Entity = Permission extends `${infer E}:${string}:${string}` ? E : never;
export type PermissionCheck = `${Entity}:${string}:${"own" | "any"}`;

export const rolePermissions: Record<Role, readonly Permission[]> = { supporter, organiser, admin };

export interface Viewer {
  id: string;
  role: Role;
}

/** True when the viewer's role grants `check`; asking for ":own" is also satisfied by ":any". */
export function can(viewer: Pick<Viewer, "role"> | null | undefined, check: PermissionCheck): boolean {
  if (!viewer) return false;
  const granted = rolePermissions[viewer.role] as readonly string[];
  if (granted.includes(check)) return true;
  if (check.endsWith(":own")) return granted.includes(`${check.slice(0, -4)}:any`);
  return false;
}

/** Throws `Refused("forbidden")` unless the viewer's role grants `check`; narrows away null. */
export function assertCan<V extends Pick<Viewer, "role">>(viewer: V | null | undefined, check: PermissionCheck): asserts viewer is V {
  if (!can(viewer, check)) throw new Refused("forbidden", check);
}

/** The widest scope the viewer holds for "entity:action", or null: what query functions branch on. */
export function scopeOf(viewer: Pick<Viewer, "role"> | null | undefined, entityAction: `${Entity}:${string}`): "any" | "own" | null {
  if (can(viewer, `${entityAction}:any` as PermissionCheck)) return "any";
  if (can(viewer, `${entityAction}:own` as PermissionCheck)) return "own";
  return null;
}
