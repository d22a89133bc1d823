import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { isolate } from "./bidi";

const messages = {
  signedInAs: "Signed in as {email}.",
  proposed: "Proposed by {who} on {date}",
  arabic: "تم تسجيل الدخول باسم {email}.",
  twice: "{name} wrote to {target}; {name} again",
  none: "Nothing to isolate",
};
const t = createTranslator({ locale: "en", messages });
const html = (node: React.ReactNode) => renderToStaticMarkup(<p>{node}</p>);

describe("isolate", () => {
  it("puts each value in its own <bdi> and leaves the sentence as translated", () => {
    expect(html(isolate((v) => t("signedInAs", v), { email: "ana@example.org" }))).toBe("<p>Signed in as <bdi>ana@example.org</bdi>.</p>");
    expect(html(isolate((v) => t("arabic", v), { email: "ana@example.org" }))).toBe("<p>تم تسجيل الدخول باسم <bdi>ana@example.org</bdi>.</p>");
  });

  it("passes other arguments through and isolates every occurrence", () => {
    expect(html(isolate((v) => t("proposed", { ...v, date: "3 March" }), { who: "سارة" }))).toBe("<p>Proposed by <bdi>سارة</bdi> on 3 March</p>");
    expect(html(isolate((v) => t("twice", v), { name: "Li Wei", target: "<Minister>" }))).toBe(
      "<p><bdi>Li Wei</bdi> wrote to <bdi>&lt;Minister&gt;</bdi>; <bdi>Li Wei</bdi> again</p>",
    );
  });

  it("returns the plain string when the message uses none of the values", () => {
    expect(isolate((v) => t("none", v), { name: "x" })).toBe("Nothing to isolate");
  });

  it("keeps the text a reader or a test sees unchanged", () => {
    const text = html(isolate((v) => t("signedInAs", v), { email: "ana@example.org" })).replace(/<[^>]+>/g, "");
    expect(text).toBe("Signed in as ana@example.org.");
  });
});
