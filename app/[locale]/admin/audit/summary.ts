import { isUuid } from "@/lib/ids";

/** One changed key of an audit entry: what it was and what it became (null: absent or empty). */
export interface ChangedKey {
  key: string;
  before: string | null;
  after: string | null;
}

const maxValueLength = 80;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value as short text: strings as they are, the rest as JSON, cut at `max` characters. */
export function valueText(value: unknown, max = maxValueLength): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The keys an entry changed, for a compact "key: before → after" summary.
 * Objects are compared key by key and unchanged keys are left out; anything
 * else (a scalar, an array, one side missing) is one row under the key "".
 */
export function changedKeys(before: unknown, after: unknown): ChangedKey[] {
  const left = isObject(before) ? before : before === null || before === undefined ? {} : null;
  const right = isObject(after) ? after : after === null || after === undefined ? {} : null;
  if (!left || !right) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ key: "", before: valueText(before), after: valueText(after) }];
  }
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return keys
    .filter((key) => JSON.stringify(left[key] ?? null) !== JSON.stringify(right[key] ?? null))
    .map((key) => ({ key, before: valueText(left[key]), after: valueText(right[key]) }));
}

/** The admin or organiser page of an audited entity, where there is one. */
export function entityHref(entityType: string, entityId: string): string | null {
  const id = encodeURIComponent(entityId);
  switch (entityType) {
    case "campaign":
      return isUuid(entityId) ? `/organise/campaigns/${id}` : null;
    case "defender":
      return isUuid(entityId) ? `/organise/defenders/${id}` : null;
    case "target":
      return isUuid(entityId) ? `/organise/targets/${id}` : null;
    case "user":
      return `/admin/users/${id}`;
    case "organiser_request":
    case "action":
      return `/admin/moderation/${entityType}/${id}`;
    case "moderation_reason":
      return "/admin/moderation/reasons";
    case "list_entry":
      return "/admin/abuse/lists";
    case "invalidation":
      return "/admin/abuse/invalidations";
    default:
      return null;
  }
}
