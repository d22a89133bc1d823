import { describe, expect, it } from "vitest";
import { askedLanguage, chooseLanguage, defaultLanguage, languageDirection, languageReason, matchLanguage } from "./language";

const facts = { locale: "fr", targetLanguage: "de", sourceLocale: "es" };

describe("the language a letter is offered in", () => {
  it("is the reader's when written, else the target's, else the campaign's, else English, else the first", () => {
    expect(defaultLanguage(["en", "fr", "de", "es"], facts)).toBe("fr");
    expect(defaultLanguage(["en", "de", "es"], facts)).toBe("de");
    expect(defaultLanguage(["en", "es"], facts)).toBe("es");
    expect(defaultLanguage(["en", "ar"], facts)).toBe("en");
    expect(defaultLanguage(["zh", "ar"], facts)).toBe("zh");
    expect(defaultLanguage([], facts)).toBeNull();
  });

  it("matches a regional tag to its language, both ways", () => {
    expect(matchLanguage(["en", "fr"], "fr-CA")).toBe("fr");
    expect(matchLanguage(["en", "fr-CA"], "fr")).toBe("fr-CA");
    expect(defaultLanguage(["en", "pt-BR"], { locale: "zh", targetLanguage: "pt", sourceLocale: "en" })).toBe("pt-BR");
  });

  it("takes an asked language only when it is written, exactly (any case)", () => {
    expect(askedLanguage(["en", "fr"], "FR")).toBe("fr");
    expect(askedLanguage(["en", "fr"], "fr-CA")).toBeNull();
    expect(askedLanguage(["en", "fr"], "de")).toBeNull();
    expect(askedLanguage(["en", "fr"], ["fr"])).toBeNull();
    expect(askedLanguage(["en", "fr"], "")).toBeNull();
    expect(chooseLanguage(["en", "fr"], "en", facts)).toEqual({ language: "en", reason: "chosen" });
    expect(chooseLanguage(["en", "fr"], "<script>", facts)).toEqual({ language: "fr", reason: "interface" });
  });

  it("says why: the target's language first, then the reader's, then the campaign's", () => {
    expect(languageReason("de", facts, false)).toBe("target");
    expect(languageReason("fr", { ...facts, targetLanguage: "fr" }, true)).toBe("target");
    expect(languageReason("fr", facts, false)).toBe("interface");
    expect(languageReason("es", facts, true)).toBe("source");
    expect(languageReason("en", facts, true)).toBe("chosen");
    expect(languageReason("en", facts, false)).toBe("other");
  });

  it("writes Arabic right to left", () => {
    expect(languageDirection("ar")).toBe("rtl");
    expect(languageDirection("ar-EG")).toBe("rtl");
    expect(languageDirection("fr")).toBe("ltr");
  });
});
