/**
 * Validation of the API's answers against its own OpenAPI document, for the
 * tests (app/api/v1/public-api.test.ts, openapi.test.ts): Ajv in JSON Schema 2020-12
 * mode, strict, with the formats the document uses checked for real.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020";
import { openApiDocument } from "./openapi";

const documentId = "https://inkwell.invalid/api/v1/openapi.json";

type Document = ReturnType<typeof openApiDocument>;
type Method = "get";

/** The JSON Pointer escape of one path segment. */
const pointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

export interface ResponseValidator {
  /** Validates `body` as the `status` answer of `path` (an OpenAPI path template such as "/campaigns/{slug}"). */
  (path: string, status: number, body: unknown): { valid: boolean; errors: string };
}

export function responseValidator(document: Document = openApiDocument("http://localhost")): ResponseValidator {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  // The document's own top-level fields are no schema keywords: known here, ignored.
  ajv.addVocabulary(["openapi", "info", "servers", "paths", "components", "jsonSchemaDialect"]);
  ajv.addFormat("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat("date-time", { validate: (text: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text)) });
  ajv.addFormat("uri", { validate: (text: string) => URL.canParse(text) });
  ajv.addSchema({ ...document, $id: documentId });
  const compiled = new Map<string, ValidateFunction>();
  return (path, status, body) => {
    const method: Method = "get";
    const operation = document.paths[path as keyof Document["paths"]] as { get: { responses: Record<string, { $ref?: string }> } } | undefined;
    const response = operation?.[method].responses[String(status)];
    if (!response) return { valid: false, errors: `the document has no ${status} answer for GET ${path}` };
    const location = response.$ref
      ? `${response.$ref}/content/application~1json/schema`
      : `#/paths/${pointer(path)}/${method}/responses/${status}/content/application~1json/schema`;
    let validate = compiled.get(location);
    if (!validate) {
      validate = ajv.compile({ $ref: `${documentId}${location}` });
      compiled.set(location, validate);
    }
    const valid = validate(body) as boolean;
    return { valid, errors: valid ? "" : ajv.errorsText(validate.errors, { separator: "\n" }) };
  };
}
