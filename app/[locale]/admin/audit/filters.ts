import { z } from "zod";
import type { AuditFilters } from "@/db/queries/admin-audit";

type SearchParams = Record<string, string | string[] | undefined>;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const text = (max: number) => z.preprocess(firstValue, z.string().trim().max(max).optional()).catch(undefined);
const day = z.preprocess(firstValue, z.iso.date().optional()).catch(undefined);

const schema = z.object({
  actor: text(200),
  entityType: z.preprocess(firstValue, z.string().trim().regex(/^[a-z_]{1,50}$/).optional()).catch(undefined),
  entityId: text(200),
  action: text(100),
  from: day,
  to: day,
  before: z.preprocess(firstValue, z.coerce.number().int().positive().optional()).catch(undefined),
});

/** The filters as typed in the form (dates as YYYY-MM-DD), for putting back in the form and in links. */
export type AuditFormValues = z.output<typeof schema>;

/** Unknown or malformed values are dropped rather than rejected: a bad link still shows the log. */
export function parseAuditSearch(searchParams: SearchParams): AuditFormValues {
  const parsed = schema.parse(searchParams);
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined && value !== "")) as AuditFormValues;
}

/** Form values to query filters. Days are UTC; "to" includes the whole day. */
export function auditFilters(values: AuditFormValues): AuditFilters {
  return {
    actor: values.actor,
    entityType: values.entityType,
    entityId: values.entityId,
    action: values.action,
    from: values.from ? new Date(`${values.from}T00:00:00Z`) : undefined,
    to: values.to ? new Date(Date.parse(`${values.to}T00:00:00Z`) + 86_400_000) : undefined,
    before: values.before,
  };
}

/** The log URL for these filters and cursor (no cursor: the newest entries). */
export function auditHref(values: AuditFormValues, before?: number): string {
  const params = new URLSearchParams();
  for (const key of ["actor", "entityType", "entityId", "action", "from", "to"] as const) {
    const value = values[key];
    if (value) params.set(key, String(value));
  }
  if (before) params.set("before", String(before));
  const query = params.toString();
  return query ? `/admin/audit?${query}` : "/admin/audit";
}
