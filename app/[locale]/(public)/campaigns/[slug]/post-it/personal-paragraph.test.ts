import { describe, expect, it } from "vitest";
import { withPersonalParagraph } from "./personal-paragraph";

describe("withPersonalParagraph", () => {
  const letter = "Dear Ambassador,\n\nPlease release him.\n\nYours sincerely,";

  it("puts the paragraph before the closing", () => {
    expect(withPersonalParagraph(letter, "  I met him in 2014.  ")).toBe(
      "Dear Ambassador,\n\nPlease release him.\n\nI met him in 2014.\n\nYours sincerely,",
    );
  });

  it("appends it to a one-paragraph letter", () => {
    expect(withPersonalParagraph("Release him.", "I care.")).toBe("Release him.\n\nI care.");
  });

  it("leaves the letter alone without a paragraph", () => {
    expect(withPersonalParagraph(letter, "   ")).toBe(letter);
    expect(withPersonalParagraph(letter, null)).toBe(letter);
  });
});
