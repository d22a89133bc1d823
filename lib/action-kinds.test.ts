/**
 * Every kind in the action-kind table is known everywhere it must be: its
 * enum value, pages, messages, template kind, server actions and their
 * authorization cases, the proxy's nonce rules, delivery and analytics. A
 * new row fails here until each place follows (docs/adding-an-action-kind.md).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { actionKinds, templateKinds } from "@/db/schema/enums";
import messages from "@/messages/en";
import { config, needsNonce } from "@/proxy";
import {
  actionKindTable,
  actionPath,
  honeypotName,
  isSignatureKind,
  kindMessageKey,
  kindOfTemplate,
  parseActionKind,
  sentPath,
  tableKinds,
  templateKindMessageKey,
  type ActionKindSpec,
} from "./action-kinds";

const root = process.cwd();
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const campaignFolder = "app/[locale]/(public)/campaigns/[slug]";
const rows = tableKinds.map((kind) => [kind, actionKindTable[kind] as ActionKindSpec] as const);

/** A message by its dotted key, or undefined. */
function message(key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
}

describe("the action-kind table", () => {
  it("has one row per value of the action_kind enum, and nothing else", () => {
    expect([...tableKinds].sort()).toEqual([...actionKinds].sort());
  });

  it("gives every kind its own route segment", () => {
    const segments = rows.map(([, row]) => row.segment);
    expect(new Set(segments).size).toBe(segments.length);
    for (const segment of segments) expect(segment).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("gives every template kind of the schema to exactly one row, so its name lives in that row's block", () => {
    for (const templateKind of templateKinds) {
      expect(rows.filter(([, row]) => row.templateKind === templateKind).map(([kind]) => kind), templateKind).toHaveLength(1);
    }
  });

  it("keeps one catalogue block per kind and no other (messages/en/ActionKinds.json)", () => {
    expect(Object.keys(messages.ActionKinds).sort()).toEqual([...tableKinds].sort());
  });

  it("keeps the email path consistent: confirmed by email <=> confirmation messages, a sent page and signature fields", () => {
    for (const [kind, row] of rows) {
      expect(row.confirmation !== null, kind).toBe(row.confirmedByEmail);
      expect(row.sentPage, kind).toBe(row.confirmedByEmail);
      if (!row.confirmedByEmail) expect(row.signatureFields, kind).toEqual([]);
      expect(isSignatureKind(kind)).toBe(row.confirmedByEmail);
    }
  });

  it("parses only the kinds it has", () => {
    for (const kind of tableKinds) expect(parseActionKind(kind)).toBe(kind);
    for (const value of ["", "constructor", "toString", "LETTER", undefined, 3]) expect(parseActionKind(value)).toBeNull();
  });
});

describe.each(rows)("kind %s", (kind, row) => {
  it("has its page, its sent page and its self-report pages", () => {
    expect(existsSync(path.join(root, campaignFolder, row.segment, "page.tsx")), `${row.segment}/page.tsx`).toBe(true);
    expect(existsSync(path.join(root, campaignFolder, row.segment, "sent", "page.tsx")), `${row.segment}/sent/page.tsx`).toBe(row.sentPage);
    for (const segment of row.selfReportedAt) {
      expect(existsSync(path.join(root, campaignFolder, segment, "page.tsx")), `${segment}/page.tsx`).toBe(true);
    }
  });

  it("has a case in the accessibility scan for each of its pages", () => {
    const cases = read("e2e/a11y/page-cases.ts");
    const pages = [row.segment, ...(row.sentPage ? [`${row.segment}/sent`] : []), ...row.selfReportedAt];
    for (const page of pages) expect(cases, page).toContain(`"/campaigns/[slug]/${page}"`);
  });

  it("is named and described in its own block of the catalogue", () => {
    for (const word of ["label", "short", "description"] as const) {
      expect(message(kindMessageKey(kind, word)), kindMessageKey(kind, word)).toEqual(expect.any(String));
    }
    expect(kindMessageKey(kind, "label")).toBe(`ActionKinds.${kind}.label`);
  });

  it("has a template kind of the schema's enum, named for organisers in its block", () => {
    if (row.templateKind === null) {
      expect(message(kindMessageKey(kind, "template")), "no template kind, no template name").toBeUndefined();
      return;
    }
    expect(templateKinds).toContain(row.templateKind);
    expect(kindOfTemplate(row.templateKind)).toBe(kind);
    expect(message(templateKindMessageKey(row.templateKind)), templateKindMessageKey(row.templateKind)).toEqual(expect.any(String));
  });

  it("names its delivered count when it is delivered with the letters", () => {
    const key = kindMessageKey(kind, "confirmed");
    if (row.delivery === "letters") expect(message(key), key).toEqual(expect.any(String));
    else expect(message(key), `${key}: only kinds delivered with the letters are counted there`).toBeUndefined();
  });

  it("words its confirmation mail, confirm page and thanks page", () => {
    if (!row.confirmation) return;
    for (const key of [`${row.confirmation.mail}.subject`, `${row.confirmation.mail}.text`, row.confirmation.summary, row.confirmation.thanks]) {
      expect(message(key), key).toEqual(expect.any(String));
    }
    expect(message(`${row.confirmation.mail}.text`)).toContain("{url}");
  });

  it("lists each of its server actions in the authorization matrix, and each exists", () => {
    const matrix = read("e2e/authz/matrix-table.ts");
    expect(row.actions.length).toBeGreaterThan(0);
    for (const action of row.actions) {
      expect(matrix, action).toContain(`"${action}"`);
      const [file, name] = action.split("#") as [string, string];
      expect(read(file), action).toMatch(new RegExp(`export (const|async function) ${name}\\b`));
    }
  });

  it("renders the one honeypot field on its signature form", () => {
    if (!row.confirmedByEmail) return;
    const folder = path.join(root, campaignFolder, row.segment);
    const forms = readdirSync(folder).filter((file) => file.endsWith(".tsx")).map((file) => readFileSync(path.join(folder, file), "utf8"));
    expect(forms.some((source) => source.includes("<Honeypot ")), `${row.segment}: a form with <Honeypot />`).toBe(true);
    expect(forms.join("\n"), `${row.segment}: the honeypot is named once, "${honeypotName}"`).not.toMatch(/name="(homepage|website)"/);
  });

  it("runs through the proxy: a nonce on its form pages, none on its cached sent page", () => {
    const url = (pathname: string) => `http://localhost${pathname}`;
    for (const pathname of [actionPath("free-them", kind), ...row.selfReportedAt.map((segment) => `/campaigns/free-them/${segment}`)]) {
      expect(unstable_doesMiddlewareMatch({ config, url: url(pathname) }), pathname).toBe(true);
      expect(needsNonce(pathname), pathname).toBe(true);
    }
    if (row.sentPage) {
      const sent = sentPath("free-them", kind);
      expect(unstable_doesMiddlewareMatch({ config, url: url(sent) }), sent).toBe(true);
      expect(needsNonce(sent), `${sent} is cached whole (ISR): no per-request nonce`).toBe(false);
      expect(read(path.join(campaignFolder, row.segment, "sent", "page.tsx")), `${sent} is ISR`).toMatch(/export const (revalidate|dynamic)/);
    }
  });

  it("is delivered by the delivery queries when its row says so", () => {
    const delivery = read("db/queries/delivery.ts");
    if (row.delivery === "letters") {
      expect(delivery).toMatch(/delivery === "letters"/);
      expect(row.templateKind, "letters are printed from a template").not.toBeNull();
    }
    if (row.delivery === "family") expect(delivery).toContain(`eq(actions.kind, "${kind}")`);
  });

  it("is counted by analytics per kind, whatever the kind (no list of kinds there)", () => {
    const analytics = read("db/queries/analytics.ts");
    expect(analytics).toContain("groupBy(actions.kind)");
    expect(analytics).not.toMatch(/eq\(actions\.kind, "/);
  });
});
