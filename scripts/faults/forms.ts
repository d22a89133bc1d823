/**
 * What a browser without JavaScript posts: the hidden fields React renders
 * for a useActionState form ($ACTION_REF_n, $ACTION_n:0, $ACTION_KEY ...)
 * plus the form's own fields. The suite reads those hidden fields from a real
 * page once, so its requests go through the same server action path.
 */

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", "#x27": "'" };

export function decodeEntities(value: string): string {
  return value.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (all, name: string) => {
    const known = entities[name.toLowerCase()];
    if (known) return known;
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return all;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(/[$]/g, "\\$")}="([^"]*)"`, "i").exec(tag);
  return match ? decodeEntities(match[1] ?? "") : undefined;
}

/** [name, value] of every <input> whose name starts with $ACTION, in page order. */
export function actionFields(html: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const [tag] of html.matchAll(/<input\b[^>]*>/gi)) {
    const name = attribute(tag, "name");
    if (name?.startsWith("$ACTION")) fields.push([name, attribute(tag, "value") ?? ""]);
  }
  return fields;
}

/** The $ACTION fields of the form that contains an input named `marker` (a page may hold several forms). */
export function actionFieldsOfForm(html: string, marker: string): [string, string][] {
  for (const [form] of html.matchAll(/<form\b[\s\S]*?<\/form>/gi)) {
    if (new RegExp(`name="${marker}"`).test(form)) {
      const fields = actionFields(form);
      if (fields.length > 0) return fields;
    }
  }
  throw new Error(`no server-action form with a "${marker}" field on the page`);
}

/** The confirmation token in a confirmation mail's text (…/confirm/<token>). */
export function confirmationToken(text: string): string | undefined {
  return /\/confirm\/([A-Za-z0-9_-]{16,100})/.exec(text)?.[1];
}
