import { describe, expect, it } from "vitest";
import { consentSchema, defenderSchema, eventSchema } from "./defender-schema";

const defender = { name: "Dong Guangping", slug: "dong-guangping", country: "cn", status: "detained", summary: "A lawyer." };

describe("defenderSchema", () => {
  it("normalises the country code and empties optional fields to null", () => {
    expect(defenderSchema.parse(defender)).toMatchObject({ country: "CN", nameNative: null, profession: null, photoAlt: null });
  });

  it("rejects bad slugs, countries and statuses next to the field", () => {
    const result = defenderSchema.safeParse({ ...defender, slug: "Dong G", country: "China", status: "fine" });
    expect(Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
      slug: "Organise.validation.slug",
      country: "Organise.validation.country",
      status: "Organise.validation.status",
    });
  });
});

describe("consentSchema", () => {
  it("asks who, how and when for given consent", () => {
    const result = consentSchema.safeParse({ defenderId: "x", consentStatus: "given_by_family" });
    expect(result.error!.issues.map((i) => i.path[0])).toEqual(["consentGivenBy", "consentMethod", "consentGivenOn"]);
  });

  it("lets consent be withdrawn with only a note", () => {
    expect(consentSchema.parse({ defenderId: "x", consentStatus: "withdrawn", consentNote: "Family asked us to stop." })).toMatchObject({
      consentStatus: "withdrawn",
      consentGivenBy: null,
    });
  });

  it("rejects a malformed date", () => {
    const result = consentSchema.safeParse({ defenderId: "x", consentStatus: "given", consentGivenBy: "Her", consentMethod: "Call", consentGivenOn: "yesterday" });
    expect(result.error!.issues).toMatchObject([{ path: ["consentGivenOn"], message: "Organise.validation.date" }]);
  });
});

describe("eventSchema", () => {
  it("accepts https sources only", () => {
    const base = { defenderId: "x", occurredOn: "2024-05-01", kind: "arrest", text: "Detained at home." };
    expect(eventSchema.parse({ ...base, sourceUrl: "" }).sourceUrl).toBeNull();
    expect(eventSchema.safeParse({ ...base, sourceUrl: "javascript:alert(1)" }).success).toBe(false);
  });
});
