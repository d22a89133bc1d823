/**
 * The OpenAPI 3.1 description of the public read API, served at
 * /api/v1/openapi.json. Pure data: its schemas are JSON Schema 2020-12 and
 * forbid properties they do not name, and app/api/v1/public-api.test.ts
 * validates every endpoint's real answers against them, so what the API sends and what this
 * document promises cannot drift apart (nor can a new column leak out).
 */
import {
  actionKinds,
  campaignTargetRules,
  campaignUpdateKinds,
  defenderEventKinds,
  defenderStatuses,
  publicCampaignStatuses,
  targetKinds,
} from "@/db/schema/enums";
import { locales } from "@/i18n/config";
import { apiRateLimit, cacheControl, defaultPerPage, maxPerPage } from "./http";

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: "null" }] });
const string: Schema = { type: "string" };
const count: Schema = { type: "integer", minimum: 0 };
const id: Schema = { type: "string", format: "uuid", description: "Stable row id; never reused." };
const slug: Schema = { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", description: "Address segment; may change when an organiser renames." };
const country: Schema = { type: "string", pattern: "^[A-Z]{2}$", description: "ISO 3166-1 alpha-2 code." };
const instant: Schema = { type: "string", format: "date-time" };
const day: Schema = { type: "string", format: "date" };
const oneOfList = (values: readonly string[]): Schema => ({ type: "string", enum: [...values] });

/** An object with exactly these properties, all required. */
function record(properties: Record<string, Schema>, description?: string): Schema {
  return { type: "object", ...(description ? { description } : {}), properties, required: Object.keys(properties), additionalProperties: false };
}

const translation = record(
  {
    locale: oneOfList(locales),
    sourceLocale: oneOfList(locales),
    untranslated: { type: "array", items: string, description: "Fields given in the original language, as no version in `locale` has them." },
  },
  "The language of the text fields: those named in `untranslated` are in `sourceLocale`, the rest in `locale`.",
);

const defenderRef = record({ id, slug, name: string, country, status: oneOfList(defenderStatuses) });

const campaignFields = {
  id,
  slug,
  title: string,
  summary: string,
  status: oneOfList(publicCampaignStatuses),
  goal: nullable({ type: "integer", minimum: 1 }),
  deadline: nullable(instant),
  publishedAt: nullable(instant),
  closedAt: nullable(instant),
  actionKinds: { type: "array", items: oneOfList(actionKinds) },
  actionsTaken: { ...count, description: "Confirmed actions of every kind." },
  defenders: { type: "array", items: ref("DefenderRef"), description: "Only defenders whose profile is public." },
  translation: ref("Translation"),
};

const targetContact = record(
  {
    kind: oneOfList(targetKinds),
    honorific: nullable(string),
    name: string,
    title: nullable(string),
    representedState: nullable(country),
    hostCountry: nullable(country),
    addressLines: { type: "array", items: string },
    city: nullable(string),
    postcode: nullable(string),
    phone: nullable(string),
    email: nullable(string),
    xHandle: nullable(string),
    blueskyHandle: nullable(string),
    website: nullable(string),
    isExample: { type: "boolean", description: "Demo or unverified details: label them as examples wherever shown." },
  },
  "An official or office addressed by the campaign, with the contact details the campaign page shows.",
);

const kindCount = record({ kind: oneOfList(actionKinds), confirmed: count, selfReported: count });
const countryCount = record({ country, confirmed: count, selfReported: count });

const campaignDetail = record(
  {
    ...campaignFields,
    ask: string,
    storyMarkdown: string,
    hashtags: { type: "array", items: string },
    collectionPaused: { type: "boolean" },
    targets: { type: "array", items: ref("CampaignTarget") },
    counts: record(
      {
        confirmed: count,
        selfReported: count,
        byKind: { type: "array", items: kindCount },
        byCountry: { type: "array", items: countryCount, description: "Supporters' countries, most confirmed first; unknown ones are left out." },
      },
      "How many actions were taken: counts only, never who took them.",
    ),
  },
  "A public campaign.",
);

const campaignUpdate = record({ id, kind: oneOfList(campaignUpdateKinds), title: string, body: string, occurredOn: day, translation: ref("Translation") });

const defenderFields = {
  id,
  slug,
  name: string,
  nameNative: nullable(string),
  country,
  profession: nullable(string),
  status: oneOfList(defenderStatuses),
  summary: string,
  photoUrl: nullable({ type: "string", pattern: "^/media/", description: "Site-relative address of the photo." }),
  photoAlt: nullable(string),
  translation: ref("Translation"),
};

const timelineEntry: Schema = {
  oneOf: [
    record({ source: { const: "event" }, id, kind: oneOfList(defenderEventKinds), occurredOn: day, text: string, sourceUrl: nullable(string) }),
    record({
      source: { const: "campaign_update" },
      id,
      kind: oneOfList(campaignUpdateKinds),
      occurredOn: day,
      title: string,
      body: string,
      campaignSlug: slug,
      campaignTitle: string,
      translation: ref("Translation"),
    }),
  ],
};

const defenderDetail = record(
  {
    ...defenderFields,
    storyMarkdown: string,
    timeline: { type: "array", items: timelineEntry, description: "Events and the updates of their public campaigns, oldest first." },
    campaigns: { type: "array", items: record({ id, slug, title: string, status: oneOfList(publicCampaignStatuses) }) },
  },
  "A public defender profile.",
);

const pageLink = nullable({ type: "string", format: "uri" });
const listOf = (item: string): Schema =>
  record({
    data: { type: "array", items: ref(item) },
    meta: record({ page: { type: "integer", minimum: 1 }, perPage: { type: "integer", minimum: 1, maximum: maxPerPage }, total: count }),
    links: record({ self: { type: "string", format: "uri" }, next: pageLink, prev: pageLink }),
  });
const itemOf = (item: Schema): Schema => record({ data: item });

const errorBody = record({
  error: record({ code: oneOfList(["not_found", "bad_request", "method_not_allowed", "rate_limited"]), message: string }),
});

export const apiSchemas: Record<string, Schema> = {
  Translation: translation,
  DefenderRef: defenderRef,
  CampaignSummary: record(campaignFields, "A public campaign, as listed."),
  CampaignDetail: campaignDetail,
  CampaignTarget: record({
    id,
    rule: { ...oneOfList(campaignTargetRules), description: "fixed: one target; embassy: the responsible state's embassy in the supporter's country; fallback: when no embassy is known." },
    responsibleState: nullable(country),
    actionKinds: { type: "array", items: oneOfList(actionKinds), description: "Empty: every kind the campaign enables." },
    target: nullable(ref("TargetContact")),
    embassies: { type: "array", items: ref("TargetContact") },
  }),
  TargetContact: targetContact,
  CampaignUpdate: campaignUpdate,
  DefenderSummary: record(defenderFields, "A public defender profile, as listed."),
  DefenderDetail: defenderDetail,
  CampaignList: listOf("CampaignSummary"),
  DefenderList: listOf("DefenderSummary"),
  CampaignEnvelope: itemOf(ref("CampaignDetail")),
  CampaignUpdates: itemOf({ type: "array", items: ref("CampaignUpdate") }),
  DefenderEnvelope: itemOf(ref("DefenderDetail")),
  Error: errorBody,
};

const json = (schema: Schema) => ({ "application/json": { schema } });
const headerRefs = {
  ETag: { $ref: "#/components/headers/ETag" },
  "Cache-Control": { $ref: "#/components/headers/Cache-Control" },
  "Access-Control-Allow-Origin": { $ref: "#/components/headers/Access-Control-Allow-Origin" },
};
const ok = (description: string, content: Record<string, unknown>) => ({ description, headers: headerRefs, content });
const errors = {
  "304": { description: "Not modified: the If-None-Match named this representation's ETag.", headers: headerRefs },
  "405": { $ref: "#/components/responses/MethodNotAllowed" },
  "429": { $ref: "#/components/responses/RateLimited" },
};
const slugParameter = { name: "slug", in: "path", required: true, schema: slug };
const langParameter = { $ref: "#/components/parameters/lang" };
const pagingParameters = [{ $ref: "#/components/parameters/page" }, { $ref: "#/components/parameters/per_page" }];

/** The document, with `siteUrl` (SITE_URL) as the server. */
export function openApiDocument(siteUrl: string) {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Inkwell public read API",
      version: "1.0.0",
      description:
        "Public campaigns, their updates and counts, and public defender profiles, read-only. " +
        "Supporters appear only as counts. Anything not public (drafts, campaigns in review, profiles that went quiet) " +
        `is answered 404 exactly like an unknown address. ${cacheControl}; ETag and If-None-Match; ` +
        `at most ${apiRateLimit.points} requests per ${apiRateLimit.windowSeconds} s per client network (429 with Retry-After).`,
    },
    servers: [{ url: new URL("/api/v1", siteUrl).toString() }],
    paths: {
      "/campaigns": {
        get: {
          operationId: "listCampaigns",
          summary: "Public campaigns, newest first",
          parameters: [...pagingParameters, langParameter],
          responses: { "200": ok("A page of campaigns.", json(ref("CampaignList"))), "400": { $ref: "#/components/responses/BadRequest" }, ...errors },
        },
      },
      "/campaigns/{slug}": {
        get: {
          operationId: "getCampaign",
          summary: "One public campaign with its targets and counts",
          parameters: [slugParameter, langParameter],
          responses: { "200": ok("The campaign.", json(ref("CampaignEnvelope"))), "404": { $ref: "#/components/responses/NotFound" }, ...errors },
        },
      },
      "/campaigns/{slug}/updates": {
        get: {
          operationId: "listCampaignUpdates",
          summary: "The updates posted on a public campaign, newest first",
          parameters: [slugParameter, langParameter],
          responses: { "200": ok("The updates.", json(ref("CampaignUpdates"))), "404": { $ref: "#/components/responses/NotFound" }, ...errors },
        },
      },
      "/campaigns/{slug}/badge.svg": {
        get: {
          operationId: "getCampaignBadge",
          summary: "The campaign's count of actions as an SVG badge",
          parameters: [slugParameter],
          responses: {
            "200": ok("An SVG image with an accessible title.", { "image/svg+xml": { schema: { type: "string" } } }),
            "404": { $ref: "#/components/responses/NotFound" },
            ...errors,
          },
        },
      },
      "/defenders": {
        get: {
          operationId: "listDefenders",
          summary: "Public defender profiles, by name",
          parameters: [...pagingParameters, langParameter],
          responses: { "200": ok("A page of profiles.", json(ref("DefenderList"))), "400": { $ref: "#/components/responses/BadRequest" }, ...errors },
        },
      },
      "/defenders/{slug}": {
        get: {
          operationId: "getDefender",
          summary: "One public defender profile",
          parameters: [slugParameter, langParameter],
          responses: { "200": ok("The profile.", json(ref("DefenderEnvelope"))), "404": { $ref: "#/components/responses/NotFound" }, ...errors },
        },
      },
      "/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "This document",
          responses: { "200": ok("OpenAPI 3.1.", json({ type: "object" })), ...errors },
        },
      },
    },
    components: {
      schemas: apiSchemas,
      parameters: {
        page: { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
        per_page: { name: "per_page", in: "query", schema: { type: "integer", minimum: 1, maximum: maxPerPage, default: defaultPerPage } },
        lang: {
          name: "lang",
          in: "query",
          description: "Language of the text fields; default: the best of Accept-Language, else English.",
          schema: oneOfList(locales),
        },
      },
      headers: {
        ETag: { description: "Strong validator: SHA-256 of the body.", schema: string },
        "Cache-Control": { description: `${cacheControl}.`, schema: string },
        "Access-Control-Allow-Origin": { description: "Always *: any site may read; no credentials.", schema: { const: "*" } },
        "Retry-After": { description: "Seconds until the client's window opens again.", schema: { type: "integer", minimum: 1 } },
        Allow: { description: "GET, HEAD, OPTIONS.", schema: string },
      },
      responses: {
        NotFound: { description: "Unknown, or not public: the two cannot be told apart.", content: json(ref("Error")) },
        BadRequest: { description: "A query parameter out of range.", content: json(ref("Error")) },
        MethodNotAllowed: {
          description: "Only GET, HEAD and OPTIONS are answered.",
          headers: { Allow: { $ref: "#/components/headers/Allow" } },
          content: json(ref("Error")),
        },
        RateLimited: {
          description: "Too many requests from this client network.",
          headers: { "Retry-After": { $ref: "#/components/headers/Retry-After" } },
          content: json(ref("Error")),
        },
      },
    },
  };
}
