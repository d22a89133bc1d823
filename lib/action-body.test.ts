import { describe, expect, it } from "vitest";
import { canonicalFormFields, malformedActionBody, maxActionArguments } from "./action-body";

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

describe("canonicalFormFields", () => {
  const canonical = (boundary: string, fields: [string, string][]) =>
    fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;

  it("reads the bodies browsers and undici write, the same fields their parser reads", async () => {
    const data = form([
      ["1_name", "Robin"],
      ["1_text", "two\r\nlines, \"quoted\" and -- dashes"],
      ["1_empty", ""],
      ["0", '["$K1"]'],
    ]);
    const request = new Request("http://localhost/", { method: "POST", body: data });
    const boundary = /boundary=(.+)$/.exec(request.headers.get("content-type")!)![1]!;
    const fields = canonicalFormFields(await request.clone().text(), boundary);
    expect(fields).toEqual([...(await request.formData())].map(([name, value]) => [name, value]));
    expect(canonicalFormFields(canonical("b0", [["0", "[]"]]), "b0")).toEqual([["0", "[]"]]);
  });

  it("leaves anything else to the full parser", () => {
    const b = "b0";
    for (const body of [
      "",
      `--${b}--\r\n`,
      canonical(b, [["a", "1"]]).replace(`--${b}--\r\n`, `--${b}--`),
      `preamble\r\n${canonical(b, [["a", "1"]])}`,
      canonical(b, [["a", "1"]]).replace("Content-Disposition", "content-disposition"),
      canonical(b, [["a", "1"]]).replace('name="a"', 'name="a"; filename="x.txt"'),
      canonical(b, [["a", `x\r\n--${b}\r\ny`]]),
      canonical(b, [["a", `--${b}--`]]),
      canonical(b, [["a%22", "1"]]),
      `--${b}\r\nContent-Disposition: form-data; name="a"\r\nContent-Type: text/plain\r\n\r\n1\r\n--${b}--\r\n`,
    ]) {
      expect(canonicalFormFields(body, b), JSON.stringify(body)).toBeNull();
    }
  });

  it("still refuses a canonical body whose reply parts are not JSON, through the fast path", async () => {
    const body = canonical("b1", [["0", "{{{"]]);
    expect(await malformedActionBody(post(body, { "next-action": "7f00", "content-type": "multipart/form-data; boundary=b1" }))).not.toBeNull();
    expect(await malformedActionBody(post(body, { "content-type": 'multipart/form-data; boundary="b1"' }))).toBeNull();
    expect(await malformedActionBody(post(canonical("b1", [["$ACTION_1:0", "{x"]]), { "content-type": "multipart/form-data; boundary=b1" }))).not.toBeNull();
  });
});
