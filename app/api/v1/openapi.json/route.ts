import { env } from "@/lib/env";
import { jsonRepresentation } from "@/lib/public-api/http";
import { openApiDocument } from "@/lib/public-api/openapi";
import { publicRead, readOnlyRoute } from "@/server/public-api/respond";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description of this API (lib/public-api/openapi.ts). */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute((request) =>
  publicRead(request, async () => jsonRepresentation(request, openApiDocument(env().SITE_URL))),
);
