import { z } from "zod";
import type { AdminUserFilters } from "@/db/queries/admin-users";
import { userRoles } from "@/db/schema/enums";

type SearchParams = Record<string, string | string[] | undefined>;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Unknown or empty values are ignored rather than rejected: a bad link still lists users. */
const schema = z.object({
  q: z.preprocess(firstValue, z.string().trim().max(200).optional()).catch(undefined),
  role: z.preprocess(firstValue, z.enum(userRoles).optional()).catch(undefined),
  suspended: z.preprocess(firstValue, z.enum(["yes", "no"]).optional()).catch(undefined),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000).optional()).catch(undefined),
});

export function parseUserFilters(searchParams: SearchParams): AdminUserFilters {
  const parsed = schema.parse(searchParams);
  return { ...parsed, q: parsed.q || undefined };
}

/** The list URL for these filters (and page), keeping only the values that are set. */
export function usersHref(filters: AdminUserFilters, page?: number): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.role) params.set("role", filters.role);
  if (filters.suspended) params.set("suspended", filters.suspended);
  if (page && page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin/users?${query}` : "/admin/users";
}
