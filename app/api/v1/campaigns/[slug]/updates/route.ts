import { jsonRepresentation, notFound } from "@/lib/public-api/http";
import { campaignUpdates } from "@/server/public-api/read";
import { publicRead, readOnlyRoute } from "@/server/public-api/respond";

/** GET /api/v1/campaigns/{slug}/updates: the updates posted on a public campaign, newest first (docs/api.md). */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute<{ slug: string }>((request, { slug }) =>
  publicRead(request, async ({ locale }) => {
    const updates = await campaignUpdates(slug, locale);
    return updates ? jsonRepresentation(request, { data: updates }, locale) : notFound();
  }),
);
