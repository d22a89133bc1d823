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

/** The reason a POST's body is malformed for Next's action handling, or null when it is fine (or not ours to judge). */
export async function malformedActionBody(request: Request): Promise<string | null> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const isActionCall = request.headers.has("next-action");
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return "The form data could not be read.";
    }
    for (const [name, value] of form) {
      if (typeof value !== "string" || !replyPart.test(name)) continue;
      if (/^\d+$/.test(name) && !isActionCall) continue; // a plain form may have a field named "0"
      if (!parsesAsArguments(value)) return "The form's action data could not be read.";
    }
    return null;
  }
  if (isActionCall && type.startsWith("text/plain")) {
    const text = await request.clone().text();
    return parsesAsArguments(text) ? null : "The action call could not be read.";
  }
  return null;
}
