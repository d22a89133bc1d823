import { notFound } from "@/lib/public-api/http";
import { publicRead, readOnlyRoute } from "@/server/public-api/respond";

/** Any other address under /api/v1: the API's JSON 404, not the site's HTML page. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute((request) => publicRead(request, async () => notFound()));
