import { describe, expect, it } from "vitest";
import { confirmedTotal, formFields } from "./http";

const page = `
<form action="" method="POST"><input type="hidden" name="$ACTION_REF_1" value=""/><input type="hidden" name="campaignId" value="a"/><input type="hidden" name="which" value="mail"/><input type="hidden" name="on" value="true"/></form>
<form action="" method="POST"><input type="hidden" name="$ACTION_REF_2" value=""/><input type="hidden" name="$ACTION_2:0" value="{&quot;id&quot;:&quot;x&quot;}"/><input type="hidden" name="campaignId" value="a"/><input type="hidden" name="which" value="collection"/><input type="hidden" name="on" value="true"/></form>`;

describe("cluster suite page helpers", () => {
  it("finds the form holding every asked hidden value, with its action fields decoded", () => {
    const fields = formFields(page, { campaignId: "a", which: "collection" });
    expect(fields).toContainEqual(["$ACTION_REF_2", ""]);
    expect(fields).toContainEqual(["$ACTION_2:0", '{"id":"x"}']);
    expect(fields).not.toContainEqual(["which", "mail"]);
  });

  it("says which form it could not find", () => {
    expect(() => formFields(page, { campaignId: "b" })).toThrow(/no form with \{"campaignId":"b"\}/);
  });

  it("reads the confirmed total from the map's cache-busting parameter, -1 without a map", () => {
    expect(confirmedTotal('<img src="/campaigns/x/map.svg?v=1026" alt="">')).toBe(1026);
    expect(confirmedTotal("<p>no actions yet</p>")).toBe(-1);
  });
});
