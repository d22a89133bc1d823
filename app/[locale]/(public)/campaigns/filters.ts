import { z } from "zod";
import { campaignStatusFilters, type CampaignFilters } from "@/db/queries/public-campaigns";
import { actionKinds } from "@/db/schema/enums";

type SearchParams = Record<string, string | string[] | undefined>;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Unknown or empty values are ignored rather than rejected: a bad link still shows campaigns. */
const campaignFiltersSchema = z.object({
  status: z.preprocess(firstValue, z.enum(campaignStatusFilters).optional()).catch(undefined),
  country: z
    .preprocess(firstValue, z.string().regex(/^[A-Za-z]{2}$/).transform((code) => code.toUpperCase()).optional())
    .catch(undefined),
  kind: z.preprocess(firstValue, z.enum(actionKinds).optional()).catch(undefined),
});

export function parseCampaignFilters(searchParams: SearchParams): CampaignFilters {
  return campaignFiltersSchema.parse(searchParams);
}

export function hasCampaignFilters(filters: CampaignFilters): boolean {
  return Boolean(filters.status || filters.country || filters.kind);
}
