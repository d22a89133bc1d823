/**
 * No user-visible English in code: every word a visitor reads comes from a next-intl
 * catalogue (messages/<locale>/<Namespace>.json), so that it exists in all five languages.
 *
 * Read with the TypeScript compiler (not a regular expression, so comments, class names
 * and type annotations are never mistaken for text), this fails on:
 *
 * - in app/**\/*.tsx and components/**\/*.tsx:
 *   - JSX text containing a letter (`<p>Sign in</p>`), and string literals written as JSX
 *     children (`<p>{"Sign in"}</p>`, `{ok ? "Saved" : null}`);
 *   - string literals (also inside templates, conditionals and `??`/`||` fallbacks) given
 *     to the attributes that are read or announced: aria-label, aria-description,
 *     aria-placeholder, aria-roledescription, aria-valuetext, title, placeholder, alt, and
 *     every prop that names text (`label`, `submitLabel`, `heading`, `lead`, `hint`, ...);
 * - in app/**\/*.ts, components/**\/*.ts and server/**\/*.ts: string literals that read as
 *   an English sentence (two words, or a capitalised word) in an object property named
 *   `message`, `error`, `label`, `title` or `heading`: the messages Server Actions and
 *   server code hand to the UI.
 *
 * Not text: tests (*.test.*), benchmark routes (*.bench.*), strings without a letter
 * (digits, punctuation, symbols such as "→" or "·"), URLs and paths ("/campaigns",
 * "#main", "mailto:..."), catalogue keys ("Validation.required"), host names and example
 * addresses ("mastodon.social", "you@example.org"), and the brand "Inkwell". Everything
 * else that must stay is in `allowed` below, each with its reason.
 *
 * Plain-text bodies of route handlers (a 404's "Not found") are not scanned: no page shows them.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

/**
 * Justified exceptions: "file: text" (the file relative to the repository root, the text
 * trimmed and with runs of white space as one space). Keep each one commented.
 */
const allowed = new Set<string>([
  // Each entry with the reason it may stay in code, e.g.
  //   // A proper name, the same in every language.
  //   "components/x.tsx: Amnesty International",
  // None at present: even the developer mail viewer and the error pages read catalogues.
]);

/** JSX attributes and component props whose string value is shown or announced. */
const textAttribute =
  /^(?:aria-(?:label|description|placeholder|roledescription|valuetext)|title|alt|placeholder|label|[a-z]+(?:Label|Title|Heading|Hint|Text|Message|Lead|Body|Description|Caption))$|^(?:heading|lead|hint|caption|description|emptyBody|message|legend|summary|confirm)$/;

/** Object properties that carry a message to the UI from a Server Action or server code. */
const messageProperty = /^(?:message|error|formError|label|title|heading)$/;

const brand = /^Inkwell$/;

/** Not words: no letter at all, a URL or site path, an anchor, an email or tel link. */
function isTechnical(text: string): boolean {
  if (!/\p{L}/u.test(text)) return true;
  if (brand.test(text)) return true;
  if (/^(?:https?:\/\/|mailto:|tel:|\/|#)\S*$/.test(text)) return true;
  // A catalogue key ("Validation.required"), a host name ("mastodon.social") or an example address ("you@example.org").
  if (/^[\w-]+(?:\.[\w-]+)+$/.test(text) || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return true;
  return false;
}

/** Reads as English prose rather than a code ("not_found", "invalid-email", "campaign:update:own"). */
function isSentence(text: string): boolean {
  return /\p{L}+\s+\p{L}+/u.test(text) || /^[A-Z][a-z]+\b/.test(text);
}

export interface Finding {
  file: string;
  line: number;
  kind: "jsx-text" | "jsx-string" | "attribute" | "message";
  text: string;
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

/** The string literals an expression evaluates to in its value positions (not in calls, keys or conditions). */
function literalsOf(node: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.map((span) => span.literal)];
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return literalsOf(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalsOf(node.whenTrue), ...literalsOf(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) return [...literalsOf(node.left), ...literalsOf(node.right)];
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalsOf(node.right);
    if (op === ts.SyntaxKind.PlusToken) return [...literalsOf(node.left), ...literalsOf(node.right)];
  }
  return [];
}

function literalText(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  return "";
}

function propertyName(name: ts.PropertyName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return null;
}

/** The findings in one file's source text. `jsx`: a .tsx file (JSX and attributes are checked); every file gets the message check. */
export function scanSource(file: string, source: string, jsx = file.endsWith(".tsx")): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const add = (node: ts.Node, kind: Finding["kind"], raw: string, test: (text: string) => boolean = () => true) => {
    const text = normalise(raw);
    if (!text || isTechnical(text) || !test(text) || allowed.has(`${file}: ${text}`)) return;
    findings.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, kind, text });
  };

  const visit = (node: ts.Node) => {
    if (jsx && ts.isJsxText(node)) {
      add(node, "jsx-text", node.text);
    } else if (jsx && ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const literal of literalsOf(node.expression)) add(literal, "jsx-string", literalText(literal));
    } else if (jsx && ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(sf);
      if (textAttribute.test(name)) {
        const init = node.initializer;
        const literals = ts.isStringLiteral(init) ? [init] : ts.isJsxExpression(init) && init.expression ? literalsOf(init.expression) : [];
        for (const literal of literals) add(literal, "attribute", literalText(literal));
      }
    } else if (ts.isPropertyAssignment(node)) {
      const name = propertyName(node.name);
      if (name && messageProperty.test(name)) {
        for (const literal of literalsOf(node.initializer)) add(literal, "message", literalText(literal), isSentence);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}

const skipDirs = new Set(["node_modules", ".git"]);

function files(dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir))) {
    if (skipDirs.has(entry) || entry.startsWith(".")) continue;
    const rel = path.posix.join(dir, entry);
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...files(rel, extensions));
    else if (extensions.some((ext) => entry.endsWith(ext)) && !/\.(?:test|bench|d)\.tsx?$/.test(entry) && !/\.bench\./.test(entry)) out.push(rel);
  }
  return out;
}

describe("scanSource", () => {
  it("finds JSX text, literal children and text attributes", () => {
    const found = scanSource(
      "x.tsx",
      `export const X = () => (
        <div className="flex gap-2" id="main">
          <h1>Sign in</h1>
          <p>{"Saved"} {ok ? "Yes" : t("no")}</p>
          <img alt="A defender" src="/media/a.jpg" />
          <button aria-label={\`Close \${name}\`} title={t("x")}>×</button>
          <Field label="Email" name="email" placeholder="you@example.org" />
          <FilterForm submitLabel="Search" action="/campaigns" clearLabel="" />
          <a href="/campaigns">{t("campaigns")}</a> · 2026 <b>Inkwell</b>
        </div>
      );`,
    );
    expect(found.map((f) => `${f.kind}: ${f.text}`)).toEqual([
      "jsx-text: Sign in",
      "jsx-string: Saved",
      "jsx-string: Yes",
      "attribute: A defender",
      "attribute: Close",
      "attribute: Email",
      "attribute: Search",
    ]);
  });

  it("finds English sentences returned as messages, not codes", () => {
    const found = scanSource(
      "actions.ts",
      `export async function act() {
        if (a) return { ok: false, message: "Something went wrong." };
        if (b) return { ok: false, error: "not_found" };
        if (d) return { ok: false, message: "Validation.required" };
        if (c) return { ok: false, error: "Forbidden" };
        return { ok: true, message: t("saved"), status: "Saved here" };
      }`,
    );
    expect(found.map((f) => `${f.kind}: ${f.text}`)).toEqual(["message: Something went wrong.", "message: Forbidden"]);
  });

  it("ignores comments, class names, types and technical strings", () => {
    const found = scanSource(
      "y.tsx",
      `// A comment with words
      type Props = { label: "Some label" };
      export const Y = () => <div className="text-sm text-muted" data-state="open">{/* more words */}{count} → {"·"}</div>;`,
    );
    expect(found).toEqual([]);
  });
});

describe("no hard-coded English in pages and components", () => {
  it("has every user-visible string in a message catalogue", () => {
    const tsx = [...files("app", [".tsx"]), ...files("components", [".tsx"])];
    const ts_ = [...files("app", [".ts"]), ...files("components", [".ts"]), ...files("server", [".ts"])];
    const findings = [...tsx, ...ts_].flatMap((file) => scanSource(file, readFileSync(path.join(root, file), "utf8")));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.kind}: ${f.text}`)).toEqual([]);
  });
});
