import { describe, expect, it } from "vitest";
import { campaignSchema, parseHashtags } from "./campaign-schema";

const valid = {
  title: "Free Dong",
  slug: "free-dong",
  summary: "A lawyer detained for his work.",
  actionKinds: ["letter", "tweet"],
};

describe("campaignSchema", () => {
  it("turns the form into campaign fields", () => {
    const parsed = campaignSchema.parse({ ...valid, goal: "500", deadline: "2027-01-31", hashtags: "#FreeDong, lawyers", highRisk: "on", defenderIds: "x" });
    expect(parsed.intent).toBe("save");
    expect(parsed.fields).toMatchObject({
      goal: 500,
      hashtags: ["FreeDong", "lawyers"],
      highRisk: true,
      actionKinds: ["letter", "tweet"],
      defenderIds: ["x"],
    });
    expect(parsed.fields.deadline?.toISOString()).toBe("2027-01-31T23:59:59.000Z");
  });

  it("names the field of each mistake with a catalogue key", () => {
    const result = campaignSchema.safeParse({ ...valid, slug: "Free Dong!", goal: "-3", actionKinds: [], deadline: "soon", hashtags: "#a-b" });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byField).toEqual({
      slug: "Organise.validation.slug",
      goal: "Organise.validation.goal",
      deadline: "Organise.validation.date",
      hashtags: "Organise.validation.hashtags",
      actionKinds: "Organise.validation.actionKinds",
    });
  });

  it("requires a title, web address and summary, with one message each", () => {
    const result = campaignSchema.safeParse({ ...valid, title: "  ", slug: "", summary: "" });
    expect(result.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["title", "Validation.required"],
      ["slug", "Validation.required"],
      ["summary", "Validation.required"],
    ]);
  });
});

describe("parseHashtags", () => {
  it("drops hashes, blanks and duplicates", () => {
    expect(parseHashtags("#a  #a,b ,,")).toEqual(["a", "b"]);
  });
});
