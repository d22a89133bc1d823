/**
 * Template placeholders ({target.name}, {supporter.city}, ...). The list is the
 * contract between organisers' templates and the renderer: anything else is a
 * validation error, never silently printed.
 */
export const placeholders = [
  "target.honorific",
  "target.name",
  "target.title",
  "supporter.name",
  "supporter.city",
  "supporter.country",
  "defender.name",
  "campaign.title",
  "date",
] as const;

export type Placeholder = (typeof placeholders)[number];
export type TemplateValues = Partial<Record<Placeholder, string | null | undefined>>;

const pattern = /\{([a-z]+(?:\.[a-z]+)?)\}/gi;
const known = new Set<string>(placeholders);

/** Placeholders used in `body` that the renderer does not know, in order of appearance. */
export function unknownPlaceholders(body: string): string[] {
  const unknown: string[] = [];
  for (const match of body.matchAll(pattern)) {
    const name = match[1]!;
    if (!known.has(name) && !unknown.includes(name)) unknown.push(name);
  }
  return unknown;
}

/**
 * Fills the placeholders. A missing value renders as empty text and the
 * whitespace around it is tidied, so "Dear {target.honorific} {target.name},"
 * reads "Dear Ambassador Cong," when there is no honorific.
 */
export function renderTemplate(body: string, values: TemplateValues): string {
  return body
    .replace(pattern, (whole, name: string) => (known.has(name) ? (values[name as Placeholder] ?? "") : whole))
    .replace(/[ \t]{2,}/g, " ")
    .replace(/[ \t]+([,.;:!?])/g, "$1")
    .replace(/^[ \t]+|[ \t]+$/gm, "");
}
