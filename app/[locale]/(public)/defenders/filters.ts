import { z } from "zod";
import type { DefenderFilters } from "@/db/queries/public-defenders";
import { defenderStatuses } from "@/db/schema/enums";

type SearchParams = Record<string, string | string[] | undefined>;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Unknown or empty values are ignored rather than rejected: a bad link still shows defenders. */
const defenderFiltersSchema = z.object({
  q: z
    .preprocess(firstValue, z.string().trim().max(100).optional())
    .transform((text) => text || undefined)
    .catch(undefined),
  country: z
    .preprocess(firstValue, z.string().regex(/^[A-Za-z]{2}$/).transform((code) => code.toUpperCase()).optional())
    .catch(undefined),
  status: z.preprocess(firstValue, z.enum(defenderStatuses).optional()).catch(undefined),
});

export function parseDefenderFilters(searchParams: SearchParams): DefenderFilters {
  return defenderFiltersSchema.parse(searchParams);
}

export function hasDefenderFilters(filters: DefenderFilters): boolean {
  return Boolean(filters.q || filters.country || filters.status);
}
