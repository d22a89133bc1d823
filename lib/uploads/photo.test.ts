import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { maxPhotoBytes, preparePhoto, sniffImageType } from "./photo";

async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: "#336699" } })
    .jpeg()
    .withExif({ IFD0: { Make: "SpyCam", Copyright: "someone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1" } })
    .toBuffer();
}

describe("sniffImageType", () => {
  it("recognises JPEG, PNG and WebP by their bytes", async () => {
    const base = sharp({ create: { width: 2, height: 2, channels: 3, background: "#000" } });
    expect(sniffImageType(await base.clone().jpeg().toBuffer())).toBe("jpeg");
    expect(sniffImageType(await base.clone().png().toBuffer())).toBe("png");
    expect(sniffImageType(await base.clone().webp().toBuffer())).toBe("webp");
  });

  it("refuses anything else, whatever it is called", () => {
    expect(sniffImageType(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(sniffImageType(Buffer.from("GIF89a......"))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});

describe("preparePhoto", () => {
  it("re-encodes as WebP without any metadata", async () => {
    const input = await jpegWithGps();
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const result = await preparePhoto(input);
    if (!result.ok) throw new Error(result.problem);
    const meta = await sharp(result.webp).metadata();
    expect(meta.format).toBe("webp");
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(result.webp.includes(Buffer.from("SpyCam"))).toBe(false);
  });

  it("shrinks large photos to 1200 px on the long side", async () => {
    const big = await sharp({ create: { width: 3000, height: 1500, channels: 3, background: "#fff" } }).png().toBuffer();
    const result = await preparePhoto(big);
    if (!result.ok) throw new Error(result.problem);
    const meta = await sharp(result.webp).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 600]);
  });

  it("refuses empty, oversized, mistyped and corrupt files", async () => {
    expect(await preparePhoto(new Uint8Array())).toEqual({ ok: false, problem: "empty" });
    expect(await preparePhoto(new Uint8Array(maxPhotoBytes + 1))).toEqual({ ok: false, problem: "tooLarge" });
    expect(await preparePhoto(Buffer.from("%PDF-1.7 not an image"))).toEqual({ ok: false, problem: "wrongType" });
    const truncated = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(50)]);
    expect(await preparePhoto(truncated)).toEqual({ ok: false, problem: "unreadable" });
  });
});
