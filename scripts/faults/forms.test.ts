import { describe, expect, it } from "vitest";
import { actionFields, actionFieldsOfForm, confirmationToken, decodeEntities } from "./forms";

const page = `
<form action="" method="POST"><input type="hidden" name="$ACTION_REF_1"/><input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;40abc&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/><input type="hidden" name="$ACTION_1:1" value="[{&quot;ok&quot;:false}]"/><input type="hidden" name="$ACTION_KEY" value="k123"/>
<input type="hidden" name="campaign" value="free-them"/><input type="hidden" name="idempotencyKey" value="x"/><input name="email" type="email"/></form>
<form><input type="hidden" name="$ACTION_ID_other" value=""/><input name="q"/></form>`;

describe("actionFields", () => {
  it("reads the hidden $ACTION fields React renders for a useActionState form, decoded, in order", () => {
    expect(actionFieldsOfForm(page, "idempotencyKey")).toEqual([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"40abc","bound":"$@1"}'],
      ["$ACTION_1:1", '[{"ok":false}]'],
      ["$ACTION_KEY", "k123"],
    ]);
  });

  it("picks the form that holds the marker field and ignores the others", () => {
    expect(actionFieldsOfForm(page, "q")).toEqual([["$ACTION_ID_other", ""]]);
    expect(actionFields(page)).toHaveLength(5);
  });

  it("fails loudly when the page has no such form", () => {
    expect(() => actionFieldsOfForm(page, "token")).toThrow(/no server-action form with a "token" field/);
  });
});

describe("decodeEntities", () => {
  it("decodes named and numeric entities once", () => {
    expect(decodeEntities("&lt;a&gt; &amp;amp; &#39;x&#x27; &quot;")).toBe("<a> &amp; 'x' \"");
    expect(decodeEntities("&unknown;")).toBe("&unknown;");
  });
});

describe("confirmationToken", () => {
  it("finds the token of a confirmation link in a mail's text", () => {
    expect(confirmationToken("Confirm here:\nhttp://127.0.0.1:3201/confirm/AbC_-123456789012345678\nThanks")).toBe("AbC_-123456789012345678");
    expect(confirmationToken("no link here")).toBeUndefined();
  });
});
