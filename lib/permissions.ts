import type { userRoles } from "@/db/schema/enums";

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
export function can(viewer: Viewer | null | undefined, check: PermissionCheck): boolean {
  if (!viewer) return false;
  const granted = rolePermissions[viewer.role] as readonly string[];
  if (granted.includes(check)) return true;
  if (check.endsWith(":own")) return granted.includes(`${check.slice(0, -4)}:any`);
  return false;
}

/** The widest scope the viewer holds for "entity:action", or null: what query functions branch on. */
export function scopeOf(viewer: Viewer | null | undefined, entityAction: `${Entity}:${string}`): "any" | "own" | null {
  if (can(viewer, `${entityAction}:any` as PermissionCheck)) return "any";
  if (can(viewer, `${entityAction}:own` as PermissionCheck)) return "own";
  return null;
}
