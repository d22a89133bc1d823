/**
 * Posts whose body Next's server-action handler would fail on with a 500
 * (found by e2e/hostile/malformed-posts.spec.ts): a multipart body that does
 * not parse ("Failed to parse body as FormData"), React reply parts that are
 * not JSON, and more arguments than any action takes. proxy.ts answers them
 * 400 before Next reads them. Everything else (unknown action ids, references
 * to missing parts, a FormData argument that is something else) Next or the
 * action builder already answer without an error.
 */

/** Our actions take (previous state, form data) plus at most a few bound ids; React's own limit is far above. */
export const maxActionArguments = 64;

/** React reply parts: "$ACTION_1:0" (a no-JavaScript form's bound action), "0", "1", … (a fetch call's model). */
const replyPart = /^(?:\$ACTION_\d+:\d+|\d+)$/;

function parsesAsArguments(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return !Array.isArray(value) || value.length <= maxActionArguments;
  } catch {
    return false;
  }
}

/** The multipart boundary of a Content-Type header, quoted or not; null when there is none. */
function boundaryOf(contentType: string): string | null {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;,"]{1,70}))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

const canonicalPartHead = /^Content-Disposition: form-data; name="([^"\r\n\\%]*)"\r\n\r\n/;

/**
 * The fields of a multipart body written exactly as browsers and React write a form
 * without files ("--B\r\nContent-Disposition: form-data; name="n"\r\n\r\nvalue\r\n" per
 * field, "--B--\r\n" at the end), read with string operations; null for anything else
 * (files, other headers, a preamble, a value holding the delimiter), which then goes
 * through the full parser. Such a body certainly parses, so only its reply parts
 * remain to be checked: this keeps undici's FormData parser off the common post (a few
 * per cent of a signature's CPU, docs/performance.md).
 */
export function canonicalFormFields(body: string, boundary: string): [string, string][] | null {
  const delimiter = `--${boundary}`;
  const first = `${delimiter}\r\n`;
  const last = `\r\n${delimiter}--\r\n`;
  if (body.length < first.length + last.length || !body.startsWith(first) || !body.endsWith(last)) return null;
  const fields: [string, string][] = [];
  for (const part of body.slice(first.length, body.length - last.length).split(`\r\n${delimiter}\r\n`)) {
    const head = canonicalPartHead.exec(part);
    if (!head) return null;
    const value = part.slice(head[0].length);
    if (value.includes(delimiter)) return null;
    fields.push([head[1]!, value]);
  }
  return fields;
}

function replyPartsProblem(fields: Iterable<[string, FormDataEntryValue]>, isActionCall: boolean): string | null {
  for (const [name, value] of fields) {
    if (typeof value !== "string" || !replyPart.test(name)) continue;
    if (/^\d+$/.test(name) && !isActionCall) continue; // a plain form may have a field named "0"
    if (!parsesAsArguments(value)) return "The form's action data could not be read.";
  }
  return null;
}

/** The reason a POST's body is malformed for Next's action handling, or null when it is fine (or not ours to judge). */
export async function malformedActionBody(request: Request): Promise<string | null> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const isActionCall = request.headers.has("next-action");
  if (type.startsWith("multipart/form-data")) {
    const boundary = boundaryOf(request.headers.get("content-type") ?? "");
    const canonical = boundary ? canonicalFormFields(await request.clone().text(), boundary) : null;
    if (canonical) return replyPartsProblem(canonical, isActionCall);
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return "The form data could not be read.";
    }
    return replyPartsProblem(form, isActionCall);
  }
  if (isActionCall && type.startsWith("text/plain")) {
    const text = await request.clone().text();
    return parsesAsArguments(text) ? null : "The action call could not be read.";
  }
  return null;
}
