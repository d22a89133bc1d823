import { describe, expect, it } from "vitest";
import { localizeHref, negotiateLocale, splitLocale } from "./config";

describe("splitLocale", () => {
  it("reads a locale prefix and leaves English unprefixed", () => {
    expect(splitLocale("/fr/campaigns/x")).toEqual({ locale: "fr", path: "/campaigns/x", prefixed: true });
    expect(splitLocale("/ar")).toEqual({ locale: "ar", path: "/", prefixed: true });
    expect(splitLocale("/campaigns/x")).toEqual({ locale: "en", path: "/campaigns/x", prefixed: false });
    expect(splitLocale("/de/campaigns")).toEqual({ locale: "en", path: "/de/campaigns", prefixed: false });
    expect(splitLocale("/france")).toEqual({ locale: "en", path: "/france", prefixed: false });
  });
});

describe("localizeHref", () => {
  it("prefixes page paths and keeps query and hash", () => {
    expect(localizeHref("/campaigns/x?tab=1#top", "fr")).toBe("/fr/campaigns/x?tab=1#top");
    expect(localizeHref("/", "zh")).toBe("/zh");
    expect(localizeHref("/?q=1", "es")).toBe("/es?q=1");
    expect(localizeHref("/fr/campaigns", "en")).toBe("/campaigns");
    expect(localizeHref("/fr/campaigns", "ar")).toBe("/ar/campaigns");
  });
  it("leaves other hosts, anchors and non-page paths alone", () => {
    for (const href of ["https://example.org/x", "//evil.example/x", "#main", "mailto:a@b.c", "/api/captcha", "/media/a.jpg", "/share/mastodon?x=1", "/language?to=fr"]) {
      expect(localizeHref(href, "fr")).toBe(href);
    }
  });
});

describe("negotiateLocale", () => {
  it("picks by quality, then order", () => {
    expect(negotiateLocale("fr-CA,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(negotiateLocale("de-DE,de;q=0.9,es;q=0.5,en;q=0.6")).toBe("en");
    expect(negotiateLocale("ar-EG")).toBe("ar");
    expect(negotiateLocale("zh-CN,zh;q=0.9")).toBe("zh");
    expect(negotiateLocale("zh-TW,en;q=0.5")).toBe("en");
    expect(negotiateLocale("de")).toBeNull();
    expect(negotiateLocale("fr;q=0,es")).toBe("es");
    expect(negotiateLocale(null)).toBeNull();
  });
});
