import { jsonRepresentation, notFound } from "@/lib/public-api/http";
import { defenderDetail } from "@/server/public-api/read";
import { publicRead, readOnlyRoute } from "@/server/public-api/respond";

/** GET /api/v1/defenders/{slug}: one public profile; a quiet or hidden one is not found (docs/api.md). */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute<{ slug: string }>((request, { slug }) =>
  publicRead(request, async ({ locale }) => {
    const defender = await defenderDetail(slug, locale);
    return defender ? jsonRepresentation(request, { data: defender }, locale) : notFound();
  }),
);
