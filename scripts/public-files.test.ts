/** The files served from public/ as they are committed: robots.txt's rules and the favicons made by scripts/favicons.mjs. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { config, needsNonce } from "@/proxy";

const publicDir = path.resolve(__dirname, "..", "public");

/** Longest-match robots.txt rules (RFC 9309) for the `*` group, which is the only one. */
function allowedForCrawlers(robots: string, urlPath: string): boolean {
  const rules = robots
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .map((line) => /^(allow|disallow):\s*(\S*)$/i.exec(line))
    .filter((match): match is RegExpExecArray => match !== null && match[2] !== "")
    .map((match) => ({ allow: match[1]!.toLowerCase() === "allow", prefix: match[2]! }));
  const matching = rules.filter((rule) => urlPath.startsWith(rule.prefix)).sort((a, b) => b.prefix.length - a.prefix.length);
  return matching[0]?.allow ?? true;
}

describe("public/robots.txt", () => {
  const robots = readFileSync(path.join(publicDir, "robots.txt"), "utf8");

  it("addresses every crawler", () => {
    expect(robots).toMatch(/^User-agent: \*$/m);
  });

  it("keeps crawlers out of personal and staff areas, one-time links and the API", () => {
    for (const urlPath of [
      "/organise",
      "/organise/campaigns/new",
      "/admin/moderation",
      "/account",
      "/account/export.json",
      "/confirm/abc",
      "/unsubscribe/abc",
      "/dev/mail",
      "/api/captcha",
    ]) {
      expect(allowedForCrawlers(robots, urlPath), urlPath).toBe(false);
    }
  });

  it("lets them read the public pages", () => {
    for (const urlPath of ["/", "/campaigns", "/campaigns/free-them", "/campaigns/free-them/letter", "/defenders/jane-doe", "/icon.svg"]) {
      expect(allowedForCrawlers(robots, urlPath), urlPath).toBe(true);
    }
  });
});

describe("the favicons", () => {
  it("favicon.ico holds the icon at 16, 32 and 48 px, as PNG", async () => {
    const ico = readFileSync(path.join(publicDir, "favicon.ico"));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i;
      const [length, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
      const meta = await sharp(ico.subarray(offset, offset + length)).metadata();
      expect(meta.format).toBe("png");
      expect(meta.width).toBe(ico.readUInt8(entry));
      expect(meta.height).toBe(meta.width);
      sizes.push(meta.width!);
    }
    expect(sizes).toEqual([16, 32, 48]);
  });

  it("apple-touch-icon.png is 180 px and opaque (iOS shows transparency as black)", async () => {
    const meta = await sharp(readFileSync(path.join(publicDir, "apple-touch-icon.png"))).metadata();
    expect(meta).toMatchObject({ format: "png", width: 180, height: 180, hasAlpha: false });
  });
});

describe("proxy.ts and the files in public/", () => {
  it("checks their Host like any request, but gives them no nonce policy or sign-in detour (they are static)", () => {
    for (const file of ["/robots.txt", "/favicon.ico", "/apple-touch-icon.png", "/icon.svg"]) {
      expect(unstable_doesMiddlewareMatch({ config, url: file }), file).toBe(true);
      expect(needsNonce(file), file).toBe(false);
    }
  });
});
