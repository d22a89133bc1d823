import { describe, expect, it } from "vitest";
import { malformedActionBody, maxActionArguments } from "./action-body";

const post = (body: BodyInit, headers: Record<string, string>) => new Request("http://localhost/campaigns/x/letter", { method: "POST", body, headers });

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("malformedActionBody", () => {
  it("passes the posts browsers and React send", async () => {
    const noJs = form([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"7f00","bound":"$@1"}'],
      ["$ACTION_1:1", '[{"ok":true}]'],
      ["$ACTION_KEY", "k0"],
      ["name", "Robin"],
    ]);
    expect(await malformedActionBody(post(noJs, {}))).toBeNull();
    const fetchCall = form([
      ["1_name", "Robin"],
      ["0", '["$K1"]'],
    ]);
    expect(await malformedActionBody(post(fetchCall, { "next-action": "7f00" }))).toBeNull();
    expect(await malformedActionBody(post('[{"ok":true},"$K1"]', { "next-action": "7f00", "content-type": "text/plain;charset=UTF-8" }))).toBeNull();
    expect(await malformedActionBody(post("name=Robin", { "content-type": "application/x-www-form-urlencoded" }))).toBeNull();
    // A plain form may have a field named "0"; only a fetch call's parts are React's.
    expect(await malformedActionBody(post(form([["0", "not json"]]), {}))).toBeNull();
  });

  it("refuses a multipart body that does not parse", async () => {
    for (const [contentType, body] of [
      ["multipart/form-data", "--x\r\n\r\n"],
      ["multipart/form-data; boundary=nope", "--other\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--other--\r\n"],
      ["multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1"],
      ["multipart/form-data; boundary=x", "this is not a form"],
      ["multipart/form-data; boundary=x", ""],
    ]) {
      expect(await malformedActionBody(post(body!, { "content-type": contentType! })), `${contentType} ${body}`).not.toBeNull();
    }
  });

  it("refuses React reply parts that are not JSON, and more arguments than any action takes", async () => {
    expect(await malformedActionBody(post(form([["$ACTION_1:1", "[[["]]), {}))).not.toBeNull();
    expect(await malformedActionBody(post(form([["$ACTION_1:0", "{not json"]]), {}))).not.toBeNull();
    expect(await malformedActionBody(post(form([["0", "{{{"]]), { "next-action": "7f00" }))).not.toBeNull();
    for (const body of ["{{{ not json", '[{"ok":true},"$K1', "", JSON.stringify(Array.from({ length: maxActionArguments + 1 }, () => 0))]) {
      expect(await malformedActionBody(post(body, { "next-action": "7f00", "content-type": "text/plain;charset=UTF-8" })), body.slice(0, 20)).not.toBeNull();
    }
  });
});
