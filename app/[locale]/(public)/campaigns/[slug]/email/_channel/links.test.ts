import { describe, expect, it } from "vitest";
import { mailtoHref, telHref } from "./links";

describe("mailtoHref", () => {
  it("encodes subject and body with CRLF line breaks and %20 spaces", () => {
    expect(mailtoHref("chinaemb@example.org", "Free Dong & all", "Dear Ambassador,\n\nRelease him.")).toBe(
      "mailto:chinaemb@example.org?subject=Free%20Dong%20%26%20all&body=Dear%20Ambassador%2C%0D%0A%0D%0ARelease%20him.",
    );
  });
});

describe("telHref", () => {
  it("keeps the international prefix and digits only", () => {
    expect(telHref("+1 (613) 789-3434")).toBe("tel:+16137893434");
    expect(telHref("0044 20 7299 4049")).toBe("tel:+442072994049");
    expect(telHref("613 789 3434")).toBe("tel:6137893434");
  });

  it("refuses text that is not a number", () => {
    expect(telHref("ask at the front desk")).toBeNull();
  });
});
