import { describe, expect, it } from "vitest";
import { csvLine, neutraliseCell } from "./write";

describe("neutraliseCell", () => {
  it.each(["=SUM(A1:A2)", "+1 555", "-2+3", "@cmd", "\tstart", "\rstart"])("prefixes %j with an apostrophe", (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
  });

  it.each(["Ada Lovelace", "", "1=1", "a@b.org", " =leading space"])("leaves %j alone", (value) => {
    expect(neutraliseCell(value)).toBe(value);
  });
});

describe("csvLine", () => {
  it("quotes commas, quotes and line breaks and ends with CRLF", () => {
    expect(csvLine(["a,b", 'say "hi"', "two\nlines", "plain"])).toBe('"a,b","say ""hi""","two\nlines",plain\r\n');
  });

  it("neutralises formulas inside quoted cells too", () => {
    expect(csvLine(['=HYPERLINK("http://x")'])).toBe(`"'=HYPERLINK(""http://x"")"\r\n`);
  });

  it("writes numbers, booleans, dates and empty values", () => {
    expect(csvLine([-5, true, new Date("2026-01-02T03:04:05Z"), null, undefined])).toBe("-5,true,2026-01-02T03:04:05.000Z,,\r\n");
  });
});
