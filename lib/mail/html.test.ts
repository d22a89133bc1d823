import { describe, expect, it } from "vitest";
import { escapeHtml, linkPieces, renderMailHtml, withHtml } from "./html";
import { listUnsubscribeHeaders, messageIdFor, unsubscribeLinkIn } from "./headers";

describe("renderMailHtml", () => {
  it("escapes everything the text says, organisers' words included", () => {
    const html = renderMailHtml(`Hello <script>alert("x")</script> & 'you'`, { title: "A <b> subject" });
    expect(html).toContain("Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;you&#39;");
    expect(html).toContain("<title>A &lt;b&gt; subject</title>");
    expect(html).not.toContain("<script>");
    expect(escapeHtml(`<a href="x">`)).toBe("&lt;a href=&quot;x&quot;&gt;");
  });

  it("keeps paragraphs and line breaks", () => {
    const html = renderMailHtml("One\ntwo\n\n\nThree", { title: "t" });
    expect(html).toMatch(/<p[^>]*>One<br>\ntwo<\/p>\n<p[^>]*>Three<\/p>/);
  });

  it("turns http(s) addresses into links, without the sentence's punctuation, and nothing else", () => {
    expect(linkPieces("Open: https://inkwell.test/confirm/abc. Thanks")).toEqual([
      { text: "Open: " },
      { text: "https://inkwell.test/confirm/abc", href: "https://inkwell.test/confirm/abc" },
      { text: ". Thanks" },
    ]);
    const html = renderMailHtml('See https://x.test/a?b=1&c="2" or javascript:alert(1) or ftp://x.test', { title: "t" });
    expect(html).toContain('<a href="https://x.test/a?b=1&amp;c=" dir="ltr"');
    expect(html).not.toMatch(/href="javascript:|href="ftp:/);
  });

  it("declares the language and direction: Arabic right to left, links isolated left to right", () => {
    const mail = withHtml({ subject: "تأكيد", text: "افتح الرابط: https://inkwell.test/ar/confirm/x" }, "ar");
    expect(mail.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail.html).toContain("text-align:right");
    expect(mail.html).toMatch(/<a href="https:\/\/inkwell.test\/ar\/confirm\/x" dir="ltr"/);
    expect(withHtml({ subject: "s", text: "t" }, "zh").html).toContain('<html lang="zh-Hans" dir="ltr">');
  });

  it("references nothing remote and styles inline only", () => {
    const html = renderMailHtml("Text https://inkwell.test/x", { title: "t", lang: "en", dir: "ltr" });
    expect(html).not.toMatch(/<img|<link|<style|@import|url\(|src=/i);
  });
});

describe("mail headers", () => {
  const site = "https://inkwell.example.org";
  it("derives a Message-ID from the outbox row, on the site's host", () => {
    expect(messageIdFor("0b4c2f1e-1111-4222-8333-944445555666", site)).toBe("<0b4c2f1e-1111-4222-8333-944445555666@inkwell.example.org>");
    expect(() => messageIdFor("a>b", site)).toThrow();
  });

  it("finds the last unsubscribe link of this site, with its language", () => {
    const text = `Body quoting ${site}/unsubscribe/1.aaa and http://evil.test/unsubscribe/2.bbb\n\nTo stop: ${site}/fr/unsubscribe/3.ccc\n\nMerci`;
    expect(unsubscribeLinkIn(text, site)).toEqual({ token: "3.ccc", locale: "fr" });
    expect(unsubscribeLinkIn("no link here", site)).toBeNull();
    expect(unsubscribeLinkIn("http://evil.test/unsubscribe/2.bbb", site)).toBeNull();
  });

  it("writes RFC 2369 and RFC 8058 headers pointing at the one-click route", () => {
    expect(listUnsubscribeHeaders(site, { token: "3.ccc", locale: "fr" })).toEqual({
      "List-Unsubscribe": `<${site}/api/unsubscribe/3.ccc?locale=fr>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(listUnsubscribeHeaders(site, { token: "3.ccc", locale: "en" })["List-Unsubscribe"]).toBe(`<${site}/api/unsubscribe/3.ccc>`);
  });
});
