import { describe, expect, it } from "vitest";
import { renderTemplate, unknownPlaceholders } from "./render";

describe("renderTemplate", () => {
  it("fills every known placeholder", () => {
    const body = "Dear {target.honorific} {target.name},\n{defender.name} must be freed.\n{supporter.name}, {supporter.city}\n{date}";
    expect(
      renderTemplate(body, {
        "target.honorific": "His Excellency",
        "target.name": "Cong Peiwu",
        "defender.name": "Dong Guangping",
        "supporter.name": "Ana",
        "supporter.city": "Toronto",
        date: "21 November 2026",
      }),
    ).toBe("Dear His Excellency Cong Peiwu,\nDong Guangping must be freed.\nAna, Toronto\n21 November 2026");
  });

  it("tidies the gap a missing value leaves", () => {
    expect(renderTemplate("Dear {target.honorific} {target.name},", { "target.name": "Minister" })).toBe("Dear Minister,");
    expect(renderTemplate("{supporter.name}, {supporter.city}", { "supporter.name": "Ana" })).toBe("Ana,");
  });

  it("leaves unknown placeholders visible rather than guessing", () => {
    expect(renderTemplate("Hi {target.nickname}", {})).toBe("Hi {target.nickname}");
  });
});

describe("unknownPlaceholders", () => {
  it("lists each unknown placeholder once", () => {
    expect(unknownPlaceholders("{target.name} {foo} {supporter.email} {foo}")).toEqual(["foo", "supporter.email"]);
    expect(unknownPlaceholders("{target.name} and {date}")).toEqual([]);
  });
});
