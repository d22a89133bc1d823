import { jsonRepresentation, notFound } from "@/lib/public-api/http";
import { campaignDetail } from "@/server/public-api/read";
import { publicRead, readOnlyRoute } from "@/server/public-api/respond";

/** GET /api/v1/campaigns/{slug}: one public campaign, its public targets and its counts (docs/api.md). */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute<{ slug: string }>((request, { slug }) =>
  publicRead(request, async ({ locale }) => {
    const campaign = await campaignDetail(slug, locale);
    return campaign ? jsonRepresentation(request, { data: campaign }, locale) : notFound();
  }),
);
