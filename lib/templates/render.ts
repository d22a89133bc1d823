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

export interface RenderOptions {
  /**
   * Text for a placeholder that has no value, for texts the supporter completes
   * themselves (a call script read aloud, an email they edit): "[your name]".
   */
  fallbacks?: TemplateValues;
}

type Token = { kind: "text"; text: string } | { kind: "placeholder"; name: string; known: boolean };

/** A run of known placeholders with only spaces between them ("{target.honorific} {target.name}"). */
interface Group {
  start: number;
  end: number;
  /** The members that have a value (or a fallback), in order. */
  filled: string[];
}

const blank = (value: string | null | undefined): value is null | undefined | "" => value == null || value.trim() === "";
const separators = /^[\s,;:\-–—]*$/u;

/**
 * Fills the placeholders. What has no value must still read naturally, so:
 * - in a run of placeholders ("{target.honorific} {target.name}") the empty
 *   ones are left out and the gap closed: "Dear Minister,";
 * - a fallback is used where the page gives one ("my name is [your name]");
 * - a line of only placeholders and separators keeps what has a value and loses
 *   the separators around what has not ("{supporter.city}, {supporter.country}"
 *   reads "Canada"); a line left with nothing is removed;
 * - an empty run addressing someone at the start of a sentence goes with its
 *   colon or comma ("{target.name}: please act" reads "Please act");
 * - any other sentence that would keep a hole ("my name is {supporter.name}
 *   and I live in {supporter.city}.") is left out whole, rather than read
 *   "my name is and I live in.". A sentence with an unknown placeholder is
 *   never dropped, so the mistake stays visible.
 */
export function renderTemplate(body: string, values: TemplateValues, options: RenderOptions = {}): string {
  const valueOf = (name: string): string | null => {
    const value = values[name as Placeholder];
    if (!blank(value)) return value;
    const fallback = options.fallbacks?.[name as Placeholder];
    return blank(fallback) ? null : fallback;
  };
  const lines = body.split(/\r?\n/).map((line) => {
    if (line.trim() === "") return "";
    const rendered = sentencesOf(line)
      .map((sentence) => renderSentence(sentence, valueOf))
      .filter((sentence) => sentence !== null)
      .join("");
    return rendered.trim() === "" ? null : rendered;
  });
  return lines
    .filter((line) => line !== null)
    .join("\n")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/[ \t]+([,.;:!?])/g, "$1")
    .replace(/^[ \t]+|[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+|\n+$/g, "");
}

/** A line's sentences, each with the space after it: "A. B!" is ["A. ", "B!"]. Placeholders hold no spaces, so are never split. */
function sentencesOf(line: string): string[] {
  return line.split(/(?<=[.!?…][ \t]+)(?=\S)/);
}

function tokensOf(sentence: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of sentence.matchAll(pattern)) {
    if (match.index > last) tokens.push({ kind: "text", text: sentence.slice(last, match.index) });
    tokens.push({ kind: "placeholder", name: match[1]!, known: known.has(match[1]!) });
    last = match.index + match[0].length;
  }
  if (last < sentence.length) tokens.push({ kind: "text", text: sentence.slice(last) });
  return tokens;
}

function groupsOf(tokens: Token[], valueOf: (name: string) => string | null): Group[] {
  const groups: Group[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.kind !== "placeholder" || !token.known) {
      i++;
      continue;
    }
    const group: Group = { start: i, end: i, filled: [] };
    let j = i;
    for (;;) {
      const member = tokens[j]!;
      if (member.kind === "placeholder") {
        const value = valueOf(member.name);
        if (value !== null) group.filled.push(value);
      }
      const gap = tokens[j + 1];
      const next = tokens[j + 2];
      if (gap?.kind === "text" && /^[ \t]+$/.test(gap.text) && next?.kind === "placeholder" && next.known) j += 2;
      else break;
    }
    group.end = j;
    groups.push(group);
    i = j + 1;
  }
  return groups;
}

/** One sentence filled, or null when it is left out. */
function renderSentence(sentence: string, valueOf: (name: string) => string | null): string | null {
  const tokens = tokensOf(sentence);
  const groups = groupsOf(tokens, valueOf);
  const empty = groups.filter((group) => group.filled.length === 0);
  const text = (from: number, to: number) =>
    tokens
      .slice(from, to)
      .map((token) => (token.kind === "text" ? token.text : `{${token.name}}`))
      .join("");
  // Fill every group, empty ones as "" for now, remembering where they were.
  const out: { text: string; group: boolean; empty: boolean }[] = [];
  let at = 0;
  for (const group of groups) {
    if (group.start > at) out.push({ text: text(at, group.start), group: false, empty: false });
    out.push({ text: group.filled.join(" "), group: true, empty: group.filled.length === 0 });
    at = group.end + 1;
  }
  if (at < tokens.length) out.push({ text: text(at, tokens.length), group: false, empty: false });
  if (empty.length === 0) return out.map((part) => part.text).join("");

  if (out.every((part) => part.group || /^[\s,;:\-–—.!?…]*$/u.test(part.text))) {
    // "{supporter.city}, {supporter.country}": keep the values, and drop the separator before each hole
    // (after it when nothing with a value comes before).
    const isSeparator = (index: number) => !out[index]?.group && separators.test(out[index]?.text ?? "x");
    const removed = new Set<number>();
    out.forEach((part, index) => {
      if (!part.empty) return;
      removed.add(index);
      const filledBefore = out.slice(0, index - 1).some((p, i) => p.group && !p.empty && !removed.has(i));
      if (isSeparator(index - 1) && filledBefore && !removed.has(index - 1)) removed.add(index - 1);
      else if (isSeparator(index + 1)) removed.add(index + 1);
    });
    const kept = out
      .filter((_, index) => !removed.has(index))
      .map((part) => part.text)
      .join("");
    return /[\p{L}\p{N}]/u.test(kept) ? kept : null;
  }

  // "{target.name}: please act." without a name: drop the address and its colon or comma.
  if (out[0]?.empty && /^[ \t]*[:,][ \t]*/.test(out[1]?.text ?? "")) {
    out.shift();
    const rest = out[0]!;
    rest.text = rest.text.replace(/^[ \t]*[:,][ \t]*/, "");
    rest.text = rest.text.charAt(0).toLocaleUpperCase() + rest.text.slice(1);
    if (!out.some((part) => part.empty)) return out.map((part) => part.text).join("");
  }
  // A hole mid-sentence: leave the sentence out, unless that would hide an unknown placeholder.
  if (tokens.some((token) => token.kind === "placeholder" && !token.known)) return out.map((part) => part.text).join("");
  return null;
}
