import { env } from "@/lib/env";
import { listBody } from "@/lib/public-api/envelope";
import { apiError, jsonRepresentation, parsePaging } from "@/lib/public-api/http";
import { defendersPage } from "@/server/public-api/read";
import { publicRead, readOnlyRoute } from "@/server/public-api/respond";

/** GET /api/v1/defenders: public defender profiles, by name, a page at a time (docs/api.md). */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute((request) =>
  publicRead(request, async ({ url, locale }) => {
    const paging = parsePaging(url);
    if (!paging) return apiError("bad_request", "page must be a whole number from 1, per_page one from 1 to 100.");
    const page = await defendersPage(locale, paging);
    return jsonRepresentation(request, listBody(env().SITE_URL, url, paging, page), locale);
  }),
);
