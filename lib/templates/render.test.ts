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
    expect(renderTemplate("{supporter.name}, {supporter.city}", { "supporter.name": "Ana" })).toBe("Ana");
  });

  it("never leaves a hole in a sentence: the sentence is left out", () => {
    const script =
      "Hello, my name is {supporter.name} and I am calling from {supporter.city}. I would like to leave a message for {target.honorific} {target.name}.";
    expect(renderTemplate(script, { "target.name": "Ambassador Cong" })).toBe("I would like to leave a message for Ambassador Cong.");
    expect(renderTemplate("Thank you. {supporter.name}", {})).toBe("Thank you.");
    expect(renderTemplate("Free {defender.name} now!", {})).toBe("");
  });

  it("uses the page's fallback for a text the supporter completes", () => {
    const fallbacks = { "supporter.name": "[your name]", "supporter.city": "[your town]" };
    expect(renderTemplate("Hello, my name is {supporter.name} and I am calling from {supporter.city}.", {}, { fallbacks })).toBe(
      "Hello, my name is [your name] and I am calling from [your town].",
    );
    expect(renderTemplate("My name is {supporter.name}.", { "supporter.name": "Ana" }, { fallbacks })).toBe("My name is Ana.");
    expect(renderTemplate("My name is {supporter.name}.", { "supporter.name": "  " }, { fallbacks })).toBe("My name is [your name].");
  });

  it("keeps what has a value in a line of placeholders and drops the separators around what has not", () => {
    const signature = "Yours sincerely,\n{supporter.name}\n{supporter.city}, {supporter.country}";
    expect(renderTemplate(signature, { "supporter.country": "Canada" })).toBe("Yours sincerely,\nCanada");
    expect(renderTemplate(signature, { "supporter.name": "Ana", "supporter.city": "Toronto" })).toBe("Yours sincerely,\nAna\nToronto");
    expect(renderTemplate(signature, {})).toBe("Yours sincerely,");
    expect(renderTemplate("{supporter.name}, {supporter.city}, {supporter.country}", { "supporter.name": "Ana", "supporter.country": "Canada" })).toBe(
      "Ana, Canada",
    );
  });

  it("drops an empty address at the start of a sentence with its colon or comma", () => {
    expect(renderTemplate("We ask for one thing. {target.name}: please act now.", {})).toBe("We ask for one thing. Please act now.");
    expect(renderTemplate("{target.honorific} {target.name}, please act.", {})).toBe("Please act.");
    expect(renderTemplate("{target.name}: please act.", { "target.name": "Minister" })).toBe("Minister: please act.");
  });

  it("removes lines left empty without merging paragraphs", () => {
    const letter = "{date}\n\n{target.honorific} {target.name}\n{target.title}\n\nDear {target.honorific} {target.name},\n\nPlease act.";
    expect(renderTemplate(letter, { "target.name": "Minister" })).toBe("Minister\n\nDear Minister,\n\nPlease act.");
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
