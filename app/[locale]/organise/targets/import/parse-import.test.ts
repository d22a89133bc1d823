import { describe, expect, it } from "vitest";
import { parseTargetImport } from "./parse-import";

const header = "kind,name,represented_state,host_country,email,x_handle,website,address,is_example";

describe("parseTargetImport", () => {
  it("accepts valid rows and normalises their values", () => {
    const result = parseTargetImport(
      `${header}\nembassy,Embassy of China,cn,CA,info@example.org,@ChinaEmbOttawa,https://example.org,515 St Patrick St|Ottawa,\n`,
    );
    expect(result.ok && result.valid).toBe(true);
    if (!result.ok) return;
    expect(result.rows[0]!.fields).toMatchObject({
      kind: "embassy",
      representedState: "CN",
      hostCountry: "CA",
      xHandle: "ChinaEmbOttawa",
      addressLines: ["515 St Patrick St", "Ottawa"],
      isExample: true,
      language: "en",
    });
  });

  it("lists each invalid row with its line and the column at fault", () => {
    const result = parseTargetImport(
      `${header}\nembassy,Good one,CN,CA,,,,,no\nplanet,Bad one,XX,CA,not-an-email,@bad handle!,ftp://x,,maybe\n`,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.valid).toBe(false);
    expect(result.rows[0]!.problems).toEqual([]);
    expect(result.rows[0]!.fields?.isExample).toBe(false);
    const bad = result.rows[1]!;
    expect(bad.line).toBe(3);
    expect(bad.fields).toBeNull();
    expect(bad.problems.map((p) => p.column).sort()).toEqual(
      ["email", "is_example", "kind", "represented_state", "website", "x_handle"].sort(),
    );
    expect(bad.problems.find((p) => p.column === "represented_state")?.key).toBe("Targets.errors.isoCountry");
  });

  it("refuses a file with an unknown or missing column", () => {
    expect(parseTargetImport("kind,name,fax\nembassy,A,1\n")).toEqual({
      ok: false,
      problem: { key: "Targets.import.errors.unknownColumn", values: { column: "fax" } },
    });
    expect(parseTargetImport("kind,title\nembassy,A\n")).toMatchObject({ ok: false, problem: { values: { column: "name" } } });
  });

  it("refuses an empty or malformed file", () => {
    expect(parseTargetImport("kind,name\n")).toMatchObject({ ok: false, problem: { key: "Targets.import.errors.empty" } });
    expect(parseTargetImport('kind,name\nembassy,"open\n')).toMatchObject({ ok: false, problem: { key: "Targets.import.errors.malformed" } });
  });

  it("refuses more rows than the limit", () => {
    const rows = Array.from({ length: 501 }, (_, i) => `official,Person ${i}`).join("\n");
    expect(parseTargetImport(`kind,name\n${rows}\n`)).toMatchObject({ ok: false, problem: { key: "Targets.import.errors.tooMany" } });
  });
});
