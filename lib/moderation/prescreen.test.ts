import { describe, expect, it } from "vitest";
import { containsLink, containsProfanity, isShouting, normaliseText, prescreen, repeatThreshold } from "./prescreen";

describe("prescreen", () => {
  it("finds nothing in an ordinary message", () => {
    expect(prescreen("We are thinking of you and your family. Stay strong!")).toEqual([]);
  });

  it("returns every flag that applies, in a stable order", () => {
    expect(prescreen("BUY CHEAP FUCKING PILLS AT PILLS.COM", { sameTextCount: 5 })).toEqual([
      "link",
      "profanity",
      "repeated",
      "all_caps",
    ]);
  });

  it("leaves links alone where they are expected (organiser stories citing sources)", () => {
    expect(prescreen("Source: https://www.amnesty.org/en/latest/", { linksExpected: true })).toEqual([]);
  });
});

describe("links", () => {
  it.each([
    "see https://example.org/page",
    "http://10.0.0.1/x",
    "go to www.example.net",
    "example.com/x has it",
    "visit cheap-pills.ru today",
    "it is on bit.ly/3abc",
    "WWW.SHOUTING.ORG",
  ])("flags %j", (text) => {
    expect(containsLink(text)).toBe(true);
  });

  it.each([
    "Mr.Smith and Dr.Jones",
    "He left.Then she came.",
    "Amnesty Deutschland e.V.",
    "Version 2.0 of the letter",
    "write to me at someone@example.org",
    "no links here",
  ])("does not flag %j", (text) => {
    expect(containsLink(text)).toBe(false);
  });
});

describe("profanity", () => {
  it.each([
    ["what the fuck", null],
    ["Du bist ein Arschloch", "de"],
    ["Du bist ein Arschloch", null],
    ["hijo de puta", "es"],
    ["quel connard", "fr"],
    ["он хуй", "ru"],
    ["他妈的", null],
    ["この変態め", "ja"],
    ["FUCK", null],
  ])("flags %j (language %s)", (text, language) => {
    expect(containsProfanity(text, language)).toBe(true);
  });

  it.each([
    ["Greetings from Scunthorpe", null],
    ["A classic assessment of the case", null],
    ["Cocktails in Penistone", null],
    ["I am with you", null],
    ["Je suis avec vous, con amor", null],
    ["We sent a pot of tea and a fan letter", null],
    ["Hij gaat del mar", null],
  ])("does not flag %j (language %s)", (text, language) => {
    expect(containsProfanity(text, language)).toBe(false);
  });

  it("counts a short word only in the language the writer chose", () => {
    expect(containsProfanity("ты хуй", null)).toBe(false);
    expect(containsProfanity("ты хуй", "ru")).toBe(true);
  });
});

describe("all caps", () => {
  it("flags a shouted message", () => {
    expect(isShouting("FREE HIM NOW, WE DEMAND IT!")).toBe(true);
  });

  it("does not flag short acronyms or ordinary text", () => {
    expect(isShouting("UN HRC")).toBe(false);
    expect(isShouting("The UN and the OSCE must act now.")).toBe(false);
  });

  it("ignores scripts without case", () => {
    expect(isShouting("我们和你站在一起，我们和你站在一起")).toBe(false);
  });
});

describe("repeated", () => {
  it("flags from the threshold on", () => {
    expect(prescreen("Stay strong", { sameTextCount: repeatThreshold - 1 })).toEqual([]);
    expect(prescreen("Stay strong", { sameTextCount: repeatThreshold })).toEqual(["repeated"]);
  });

  it("normalises case, width and spacing so trivial variants count as the same text", () => {
    expect(normaliseText("  Stay   STRONG\n")).toBe(normaliseText("stay strong"));
    expect(normaliseText("Ｓｔａｙ strong")).toBe("stay strong");
  });
});
