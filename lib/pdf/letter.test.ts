import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { extractPdfText } from "./extract-text";
import { renderLetterPdf, renderLettersPdf, wrapText, type LetterPdf } from "./letter";

const letter: LetterPdf = {
  senderLines: ["Ana Souza", "Lyon", "France"],
  recipientLines: ["H.E. Ambassador Cong Peiwu", "Embassy of the People's Republic of China", "515 St. Patrick Street", "Ottawa K1N 5H3", "Canada"],
  date: "21 November 2026",
  body: "Dear Ambassador,\n\nI am writing about Dong Guangping, whose family has not heard from him.\n\nÇa suffit: Ελευθερία, свобода.\n\nYours sincerely,",
  signature: "Ana Souza",
};

describe("renderLetterPdf", () => {
  it("writes a PDF holding the address block, date, body and signature", async () => {
    const pdf = await renderLetterPdf(letter, { title: "Letter for Dong Guangping", language: "en" });
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const lines = extractPdfText(pdf);
    for (const expected of [
      "Ana Souza",
      "Lyon",
      "H.E. Ambassador Cong Peiwu",
      "515 St. Patrick Street",
      "21 November 2026",
      "Dear Ambassador,",
      "Ça suffit: Ελευθερία, свобода.",
      "Yours sincerely,",
    ]) {
      expect(lines).toContain(expected);
    }
    expect(lines.join(" ")).toContain("I am writing about Dong Guangping, whose family has not heard from him.");
  });

  it("wraps long paragraphs onto further pages instead of cutting them", async () => {
    const body = Array.from({ length: 120 }, (_, i) => `Paragraph ${i + 1} asks for the release of the defender.`).join("\n\n");
    const pdf = await renderLetterPdf({ ...letter, body }, { title: "Long letter" });
    const lines = extractPdfText(pdf);
    expect(lines).toContain("Paragraph 1 asks for the release of the defender.");
    expect(lines).toContain("Paragraph 120 asks for the release of the defender.");
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(1);
  });

  it("puts each letter of a bundle on its own page", async () => {
    const pdf = await renderLettersPdf(
      [letter, { ...letter, senderLines: ["Bo Chen"], signature: "Bo Chen" }],
      { title: "Bundle" },
    );
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(2);
    expect(extractPdfText(pdf)).toContain("Bo Chen");
  });

  it("prints Chinese next to Latin text (lib/pdf/scripts.test.ts covers each script)", async () => {
    const pdf = await renderLetterPdf({ ...letter, body: "释放董广平 Free Dong Guangping" }, { title: "CJK" });
    expect(extractPdfText(pdf)).toContain("释放董广平 Free Dong Guangping");
  });

  it("does not fail on characters no face has", async () => {
    const pdf = await renderLetterPdf({ ...letter, body: "नमस्ते Free Dong Guangping" }, { title: "Devanagari" });
    expect(extractPdfText(pdf).join(" ")).toContain("Free Dong Guangping");
  });
});

describe("wrapText", () => {
  const widthOf = (text: string) => text.length;

  it("breaks at spaces within the width", () => {
    expect(wrapText("one two three four", widthOf, 9)).toEqual(["one two", "three", "four"]);
  });

  it("breaks a word longer than a line between characters", () => {
    expect(wrapText("abcdefghij k", widthOf, 4)).toEqual(["abcd", "efgh", "ij k"]);
  });

  it("keeps an empty line for an empty paragraph line", () => {
    expect(wrapText("   ", widthOf, 10)).toEqual([""]);
  });
});
