import { ImageResponse } from "next/og";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ogFontFamily, ogFonts } from "./og-fonts";
import { drawableText, truncate } from "./og-text";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("drawableText", () => {
  it("keeps Latin, Vietnamese, Greek and Cyrillic text and punctuation", () => {
    expect(drawableText("Free Nguyễn Thúy Hạnh — “now”, 100 % · Ελευθερία · Свобода")).toBe(
      "Free Nguyễn Thúy Hạnh — “now”, 100 % · Ελευθερία · Свобода",
    );
  });

  it("leaves out what the shipped fonts cannot draw, and tidies the spaces left behind", () => {
    expect(drawableText("Dong Guangping 董广平 ✊🏽 free\n him")).toBe("Dong Guangping free him");
    expect(drawableText("董广平")).toBe("");
  });
});

describe("truncate", () => {
  it("cuts at a word boundary with an ellipsis", () => {
    expect(truncate("short", 10)).toBe("short");
    expect(truncate("Release the defenders of Hong Kong now", 20)).toBe("Release the…");
  });
});

describe("the OpenGraph image", () => {
  it("renders mixed-script text with the packaged fonts without fetching anything", async () => {
    const realFetch = globalThis.fetch;
    const remoteRequests: string[] = [];
    // next/og loads its own WebAssembly through fetch on a data: URL; anything else would leave the machine.
    vi.stubGlobal("fetch", async (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith("data:")) return realFetch(input, init);
      remoteRequests.push(url);
      throw new Error("no network");
    });
    const text = drawableText("Libérez Nguyễn Thúy Hạnh — Свобода Ελευθερία 董广平 ✊ 1 234 567 actions");
    const response = new ImageResponse(
      <div style={{ display: "flex", fontFamily: ogFontFamily, fontSize: 48, fontWeight: 700 }}>{text}</div>,
      { width: 1200, height: 630, fonts: await ogFonts() },
    );
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(remoteRequests).toEqual([]);
  }, 30_000);
});
