import { describe, expect, it } from "vitest";
import { campaignJsonLd, defenderJsonLd, jsonLdScriptText, siteJsonLd } from "./structured-data";

const site = { siteUrl: "https://inkwell.example/", siteName: "Inkwell" };

describe("jsonLdScriptText", () => {
  it("cannot end its script element, and still parses to the same data", () => {
    const data = { name: "</script><script>alert(1)</script> <!-- & \u2028 ]]>" };
    const text = jsonLdScriptText(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe("schema.org builders", () => {
  it("site: Organization and WebSite in the page's language", () => {
    const data = siteJsonLd({ ...site, url: "https://inkwell.example/fr", description: "D", language: "fr" });
    expect(data["@context"]).toBe("https://schema.org");
    const graph = data["@graph"] as Record<string, unknown>[];
    expect(graph.map((node) => node["@type"])).toEqual(["Organization", "WebSite"]);
    expect(graph[0]).toMatchObject({ name: "Inkwell", url: "https://inkwell.example/", logo: "https://inkwell.example/icon.svg" });
    expect(graph[1]).toMatchObject({ url: "https://inkwell.example/fr", inLanguage: "fr", publisher: { "@id": "https://inkwell.example/#organization" } });
  });

  it("campaign: an Article about its defenders, leaving out what it lacks", () => {
    const data = campaignJsonLd({
      ...site,
      url: "https://inkwell.example/campaigns/free-them",
      title: "Free them",
      summary: "S",
      language: "en",
      publishedAt: null,
      keywords: [],
      defenders: [{ name: "Jane Doe", url: "https://inkwell.example/defenders/jane-doe" }],
    });
    expect(data).toMatchObject({ "@type": "Article", headline: "Free them", about: [{ "@type": "Person", name: "Jane Doe" }] });
    expect(data).not.toHaveProperty("datePublished");
    expect(data).not.toHaveProperty("keywords");
  });

  it("defender: a ProfilePage whose main entity is the Person", () => {
    const data = defenderJsonLd({
      ...site,
      url: "https://inkwell.example/defenders/jane-doe",
      name: "Jane Doe",
      nameNative: null,
      profession: "Lawyer",
      summary: "S",
      country: "Iran",
      image: null,
      language: "en",
    });
    expect(data).toMatchObject({ "@type": "ProfilePage", mainEntity: { "@type": "Person", name: "Jane Doe", jobTitle: "Lawyer", homeLocation: { name: "Iran" } } });
    expect(data.mainEntity).not.toHaveProperty("alternateName");
    expect(data.mainEntity).not.toHaveProperty("image");
  });
});
