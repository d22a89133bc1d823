import { badgeSvg } from "@/lib/public-api/badge";
import { notFound, representation } from "@/lib/public-api/http";
import { campaignBadge } from "@/server/public-api/read";
import { publicRead, readOnlyRoute } from "@/server/public-api/respond";

/** GET /api/v1/campaigns/{slug}/badge.svg: the campaign's count of actions as an SVG badge for other sites (docs/api.md). */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute<{ slug: string }>((request, { slug }) =>
  publicRead(request, async () => {
    const badge = await campaignBadge(slug);
    return badge ? representation(request, { body: badgeSvg(badge), contentType: "image/svg+xml; charset=utf-8" }) : notFound();
  }),
);
