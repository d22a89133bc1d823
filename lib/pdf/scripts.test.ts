import bidiFactory from "bidi-js";
import { create as createFont, type Font } from "fontkit";
import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream, rgb } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { extractPdfLines, type PdfTextLine } from "./extract-text";
import { renderLetterPdf, type LetterPdf } from "./letter";
import { TextSetter, reorder, wrapText } from "./scripts";

/**
 * Letters in each language the campaigns write in (the seed data has en, fr,
 * de and es templates; defenders' native names are Chinese and Arabic), read
 * back from the PDF through the embedded subset fonts' ToUnicode maps.
 *
 * What is compared, and why: the extractor returns each printed line in
 * visual order, left to right, one entry per glyph (its ToUnicode text). For
 * left-to-right text that is the input. A right-to-left run sits reversed on
 * the page, so `logical()` below turns a line back into reading order by
 * applying the Unicode Bidirectional Algorithm to the glyphs in visual order
 * (with the paragraph's direction): for these texts (one level of nesting:
 * Latin words or numbers inside Arabic, Arabic inside Latin) reordering is
 * its own inverse, brackets mirror back, and a ligature (lam-alef, whose one
 * glyph maps to both letters in logical order) moves as one unit. Both sides
 * are then NFKC-normalised, which folds Arabic presentation forms (U+FB50-
 * U+FEFC, what some readers map shaped glyphs to) into the letters they stand
 * for, and no-break spaces into spaces; the shaped forms themselves are
 * checked separately, by glyph. Lines are joined without white space: a line
 * break in Chinese falls between two characters, elsewhere at a space.
 */
const bidi = bidiFactory();

function logical(line: PdfTextLine, direction: "ltr" | "rtl"): string {
  const units = line.runs.flatMap((run) => run.glyphs).filter(Boolean);
  const proxy = units.map((unit) => (unit.codePointAt(0)! > 0xffff ? "\uFFFC" : unit[0]!)).join("");
  const levels = bidi.getEmbeddingLevels(proxy, direction);
  const mirrored = bidi.getMirroredCharactersMap(proxy, levels.levels);
  return bidi
    .getReorderedIndices(proxy, levels)
    .map((index) => mirrored.get(index) ?? units[index])
    .join("");
}

const compact = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");

/** Renders a letter and reads it back; every test checks that each glyph drawn exists and has an outline. */
async function render(letter: LetterPdf, language: string) {
  const pdf = await renderLetterPdf(letter, { title: "Test letter", language });
  const lines = extractPdfLines(pdf);
  expectNoMissingGlyphs(lines);
  await expectDrawableGlyphs(pdf, lines);
  return { pdf, lines };
}

/** Every glyph drawn is a real one: subset glyph 0 is .notdef (fontkit puts it first in every subset), U+FFFD an unmapped code. */
function expectNoMissingGlyphs(lines: PdfTextLine[]) {
  const runs = lines.flatMap((line) => line.runs);
  expect(runs.length).toBeGreaterThan(0);
  for (const run of runs) {
    expect(run.codes, `${run.font}: ${run.text}`).not.toContain(0);
    expect(run.text).not.toContain("\uFFFD");
  }
}

/**
 * Every glyph drawn has an outline in the font file embedded in the PDF. A
 * broken subset (what @pdf-lib/fontkit 1.1 wrote for Noto Sans SC: a short
 * loca table off by a byte) keeps its codes and ToUnicode map, so text
 * extraction alone would pass, but prints blanks or garbage.
 */
async function expectDrawableGlyphs(pdf: Uint8Array, lines: PdfTextLine[]) {
  const doc = await PDFDocument.load(pdf);
  const fonts = new Map<string, Font>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("FontDescriptor")) continue;
    const file = doc.context.lookup(object.get(PDFName.of("FontFile2")));
    if (!(file instanceof PDFRawStream)) continue;
    const name = String(object.get(PDFName.of("FontName"))).replace(/^\//, "").replace(/-\d+$/, "");
    fonts.set(name, createFont(Buffer.from(decodePDFRawStream(file).decode())) as Font);
  }
  for (const run of lines.flatMap((line) => line.runs)) {
    const font = fonts.get(run.font);
    expect(font, run.font).toBeDefined();
    run.codes.forEach((code, index) => {
      if (/^\s*$/u.test(run.glyphs[index]!)) return;
      expect(font!.getGlyph(code).path.commands.length, `${run.font} glyph ${code} (${run.glyphs[index]})`).toBeGreaterThan(0);
    });
  }
}

/** The letter's body lines: those between the date and the signature. */
function bodyLines(lines: PdfTextLine[], date: string, direction: "ltr" | "rtl" = "ltr"): PdfTextLine[] {
  const dateIndex = lines.findIndex((line) => logical(line, direction) === date);
  expect(dateIndex).toBeGreaterThan(-1);
  return lines.slice(dateIndex + 1, -1);
}

const latinLetters: Record<string, LetterPdf> = {
  en: {
    senderLines: ["Ana Souza", "Lyon", "France"],
    recipientLines: ["H.E. Ambassador Cong Peiwu", "515 St. Patrick Street", "Ottawa K1N 5H3"],
    date: "21 November 2026",
    body: "Dear Ambassador,\n\nI am writing about Dong Guangping, whose family has not heard from him since his detention in 2022.\n\nYours sincerely,",
    signature: "Ana Souza",
  },
  fr: {
    senderLines: ["Zoé Lefèvre", "Besançon", "France"],
    recipientLines: ["Son Excellence l’Ambassadeur", "Ambassade de la République populaire de Chine", "11 avenue George V", "75008 Paris"],
    date: "21 novembre 2026",
    body: "Monsieur l’Ambassadeur,\n\nÇa suffit\u00a0: je m’adresse à vous au sujet de Dong Guangping, détenu à Guangzhou. Sa fille, élève en première, n’a reçu aucune nouvelle depuis l’été\u202f; où est-il\u00a0? Nous demandons «\u00a0sa libération immédiate\u00a0», cœur et âme.\n\nVeuillez agréer l’expression de ma haute considération.",
    signature: "Zoé Lefèvre",
  },
  es: {
    senderLines: ["Lucía Gómez", "Buenos Aires", "Argentina"],
    recipientLines: ["Excmo. Sr. Embajador", "Embajada de la República Árabe de Egipto", "Avenida del Libertador 1145"],
    date: "21 de noviembre de 2026",
    body: "Señor Embajador:\n\n¿Por qué sigue detenido Patrick Zaki? ¡Exigimos su liberación! La niña y el niño de su familia esperan desde hace más de un año; pedimos información sobre su situación.\n\nAtentamente,",
    signature: "Lucía Gómez",
  },
  de: {
    senderLines: ["Maria Keller", "München", "Deutschland"],
    recipientLines: ["Seine Exzellenz der Botschafter", "Botschaft der Russischen Föderation", "Unter den Linden 63–65", "10117 Berlin"],
    date: "21. November 2026",
    body: "Sehr geehrter Herr Botschafter,\n\nich schreibe Ihnen wegen Michail Kuperman: Wir äußern unsere große Sorge über seine Haft und bitten um Übermittlung dieser Grüße an seine Familie.\n\nMit freundlichen Grüßen",
    signature: "Maria Keller",
  },
};

describe("letters in Latin-script languages", () => {
  for (const [language, letter] of Object.entries(latinLetters)) {
    it(`prints a ${language} letter as written, with one Latin face`, async () => {
      const { lines } = await render(letter, language);
      const texts = lines.map((line) => line.text.normalize("NFKC"));
      for (const line of [...letter.senderLines, ...letter.recipientLines, letter.date!, letter.signature!]) {
        expect(texts).toContain(line.normalize("NFKC"));
      }
      expect(compact(bodyLines(lines, letter.date!).map((line) => line.text).join(""))).toBe(compact(letter.body));
      expect(new Set(lines.flatMap((line) => line.runs.map((run) => run.font)))).toEqual(new Set(["DejaVuSerif"]));
    });
  }
});

describe("Chinese", () => {
  const letter: LetterPdf = {
    senderLines: ["李明", "上海", "中国"],
    recipientLines: ["中华人民共和国驻加拿大大使馆", "丛培武大使阁下"],
    date: "2026年11月21日",
    body: "尊敬的大使阁下：\n\n我写信是为了董广平（Dong Guangping）。自2022年被拘留以来，他的家人一直没有他的消息。我们要求立即释放董广平、常玮平、许志永、丁家喜、余文生和李明哲，并允许他们的家人探视。“人权”不是罪行。\n\n此致\n敬礼",
    signature: "李明",
  };

  it("prints every character with the Chinese face, breaking lines between characters", async () => {
    const { lines } = await render(letter, "zh-Hans");
    const texts = lines.map((line) => line.text);
    for (const line of [...letter.senderLines, ...letter.recipientLines, letter.date!, letter.signature!]) expect(texts).toContain(line);
    const body = bodyLines(lines, letter.date!);
    expect(compact(body.map((line) => line.text).join(""))).toBe(compact(letter.body));
    // The long paragraph wraps with no space to break at; no line starts with closing punctuation.
    expect(body.length).toBeGreaterThan(letter.body.split("\n").filter(Boolean).length);
    for (const line of body) expect(line.text).not.toMatch(/^[，。、：；！？）”]/u);
    const fonts = new Set(body.flatMap((line) => line.runs.map((run) => run.font)));
    expect(fonts.has("NotoSansSC-Regular")).toBe(true);
  });
});

describe("Arabic", () => {
  const letter: LetterPdf = {
    senderLines: ["خالد درارني", "الجزائر"],
    recipientLines: ["سعادة السفير", "سفارة جمهورية مصر العربية"],
    date: "٢١ نوفمبر ٢٠٢٦",
    body: "سعادة السفير،\n\nأكتب إليكم بشأن باتريك زكي، المحتجز منذ عام 2020 (وفقاً لعائلته) دون محاكمة. نطالب بالإفراج الفوري عنه؛ هل تسمعون؟ شكراً جزيلاً على اهتمامكم بهذه الرسالة.\n\nمع فائق الاحترام",
    signature: "خالد درارني",
  };

  it("prints shaped, right-to-left text that reads back as written", async () => {
    const { lines } = await render(letter, "ar");
    for (const line of [...letter.senderLines, ...letter.recipientLines, letter.date!, letter.signature!]) {
      expect(lines.map((printed) => logical(printed, "rtl").normalize("NFKC"))).toContain(line);
    }
    const body = bodyLines(lines, letter.date!, "rtl");
    expect(compact(body.map((line) => logical(line, "rtl")).join(""))).toBe(compact(letter.body));
    // Right-to-left paragraphs are set flush right: a short one starts past the middle of the page.
    const closing = lines.find((line) => logical(line, "rtl") === "مع فائق الاحترام")!;
    expect(closing.runs[0]!.x).toBeGreaterThan(300);
  });

  it("uses the joining forms and places the marks", async () => {
    const { lines } = await render(letter, "ar");
    const glyphs = lines.flatMap((line) => line.runs.flatMap((run) => run.codes.map((code, i) => ({ code, text: run.glyphs[i]! }))));
    // One letter, several glyphs: each code is one glyph of the subset, and the ToUnicode map sends
    // each contextual form back to its letter. ه ends عنه, opens هل and sits inside بهذه; ي ends زكي
    // and sits inside باتريك; ب opens بشأن and sits inside بالإفراج; alef follows a joining lam in
    // بالإفراج and stands alone in باتريك. Unshaped text would draw one glyph per letter.
    for (const [letterChar, forms] of [["ه", 3], ["ي", 2], ["ب", 2], ["ا", 2], ["ل", 2]] as const) {
      expect(new Set(glyphs.filter((glyph) => glyph.text === letterChar).map((glyph) => glyph.code)).size, letterChar).toBeGreaterThanOrEqual(forms);
    }
    // The tanween of شكراً and وفقاً is a mark of its own, drawn over its letter.
    expect(glyphs.some((glyph) => glyph.text === "\u064B")).toBe(true);
  });
});

describe("Arabic and Latin in one paragraph", () => {
  const date = "21 November 2026";
  const base: LetterPdf = { senderLines: ["Ana Souza"], recipientLines: ["Embassy of Egypt"], date, body: "", signature: "Ana Souza" };

  it("keeps an Arabic name reversed in place inside a left-to-right sentence", async () => {
    const { lines } = await render({ ...base, body: "Free باتريك زكي now, and Dong Guangping (董广平) too." }, "en");
    const [line] = bodyLines(lines, date);
    // Written by hand, not by the algorithm under test: the Arabic run reads right to left where it stands.
    expect(line!.text).toBe("Free يكز كيرتاب now, and Dong Guangping (董广平) too.");
    expect(new Set(line!.runs.map((run) => run.font))).toEqual(new Set(["DejaVuSerif", "Amiri-Regular", "NotoSansSC-Regular"]));
    expect(logical(line!, "ltr")).toBe("Free باتريك زكي now, and Dong Guangping (董广平) too.");
  });

  it("keeps Latin words and numbers left-to-right inside a right-to-left paragraph", async () => {
    const body = "أطلقوا سراح باتريك زكي (Patrick Zaki) الذي اعتقل في 7 فبراير 2020 بحسب Amnesty International.";
    const { lines } = await render({ ...base, body }, "ar");
    const printed = bodyLines(lines, date);
    expect(compact(printed.map((line) => logical(line, "rtl")).join(""))).toBe(compact(body));
    const first = printed[0]!.text;
    // On the page the sentence starts at the right end of the first line (أطلقوا, reversed);
    // the Latin words and the numbers read left to right where they stand, brackets facing them.
    expect(first.endsWith("اوقلطأ")).toBe(true);
    expect(first).toContain("(Patrick Zaki)");
    const page = printed.map((line) => line.text).join(" ");
    // The sentence wraps between the two Latin words: each line keeps its own order.
    expect(page).toMatch(/Amnesty .*\.International|Amnesty International/u);
    expect(page).toContain("2020");
  });
});

describe("fonts are loaded per script, when a PDF is made", () => {
  async function facesFor(text: string) {
    const doc = await PDFDocument.create();
    const setter = await TextSetter.create(doc, [text], { size: 11, color: rgb(0, 0, 0) });
    return setter.faceNames;
  }

  it("embeds only the faces of the scripts in the text", async () => {
    expect(await facesFor("Dear Ambassador, ça suffit.")).toEqual(["latin"]);
    expect(await facesFor("释放董广平")).toEqual(["han"]);
    expect(await facesFor("أطلقوا سراح باتريك زكي")).toEqual(["arabic"]);
    expect(await facesFor("Free باتريك زكي and 董广平")).toEqual(["latin", "arabic", "han"]);
    expect(await facesFor("2026")).toEqual(["latin"]);
  });

  it("keeps the file small: subsets, not whole fonts", async () => {
    const { pdf } = await render({ senderLines: ["李明"], recipientLines: [], date: "2026年11月21日", body: "释放董广平！", signature: "李明" }, "zh");
    // Noto Sans SC is 10.6 MB; the subset of a dozen characters is a few kilobytes.
    expect(pdf.byteLength).toBeLessThan(60_000);
  });
});

describe("wrapText", () => {
  const widthOf = (text: string) => Array.from(text).length;

  it("breaks Chinese between characters, keeping punctuation with the character before it", () => {
    expect(wrapText("释放董广平，我们要求。", widthOf, 4)).toEqual(["释放董广", "平，我们", "要求。"]);
  });

  it("does not end a line on an opening bracket or quote", () => {
    expect(wrapText("我说“你好”", widthOf, 2)).toEqual(["我说", "“你", "好”"]);
  });

  it("breaks Arabic at spaces", () => {
    expect(wrapText("أطلقوا سراح باتريك زكي", widthOf, 12)).toEqual(["أطلقوا سراح", "باتريك زكي"]);
  });

  it("keeps no-break spaces", () => {
    expect(wrapText("Ça suffit\u00a0! Vraiment", widthOf, 11)).toEqual(["Ça suffit\u00a0!", "Vraiment"]);
  });
});

describe("reorder (UAX #9 rule L2)", () => {
  it("reverses runs from the highest level down to the lowest odd one", () => {
    // "abc ARABIC 123 ARABIC" in a left-to-right paragraph: levels 0 / 1 / 2 / 1.
    expect(reorder([0, 0, 1, 1, 2, 2, 1, 1])).toEqual([0, 1, 7, 6, 4, 5, 3, 2]);
    expect(reorder([1, 1, 1])).toEqual([2, 1, 0]);
    expect(reorder([0, 0])).toEqual([0, 1]);
  });
});
