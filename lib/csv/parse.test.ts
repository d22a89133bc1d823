import { describe, expect, it } from "vitest";
import { CsvFormatError, parseCsvRecords } from "./parse";

describe("parseCsvRecords", () => {
  it("reads a header row into lower-cased keys, skipping a BOM and blank lines", () => {
    const text = "\uFEFFName, Kind\r\n Embassy of X ,embassy\r\n\r\n\"Quoted, name\",ministry\r\n";
    expect(parseCsvRecords(text, { maxRecords: 10 })).toEqual([
      { name: "Embassy of X", kind: "embassy" },
      { name: "Quoted, name", kind: "ministry" },
    ]);
  });

  it("throws a CsvFormatError on a row with the wrong number of cells", () => {
    expect(() => parseCsvRecords("name,kind\na,b,c\n", { maxRecords: 10 })).toThrow(CsvFormatError);
  });

  it("throws on an unclosed quote", () => {
    expect(() => parseCsvRecords('name,kind\n"a,b\n', { maxRecords: 10 })).toThrow(CsvFormatError);
  });

  it("stops one record after the limit so callers can tell the file is too long", () => {
    const text = "name\n" + Array.from({ length: 20 }, (_, i) => `t${i}`).join("\n");
    expect(parseCsvRecords(text, { maxRecords: 5 })).toHaveLength(6);
  });
});
