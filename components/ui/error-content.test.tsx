import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import ar from "@/messages/ar/Error.json";
import en from "@/messages/en/Error.json";

let pathname = "/";
vi.mock("next/navigation", () => ({ usePathname: () => pathname }));
vi.mock("@/app/globals.css", () => ({}));

const { ErrorContent } = await import("./error-content");
const { default: GlobalError } = await import("@/app/global-error");

describe("the error pages", () => {
  it("speak the failed page's language, from its path", () => {
    pathname = "/ar/campaigns/x";
    const html = renderToStaticMarkup(<ErrorContent digest="d1" reset={() => {}} />);
    expect(html).toContain(ar.title);
    expect(html).toContain(ar.reference.replace("{digest}", "d1"));
    expect(html).toContain('href="/ar"');
    pathname = "/campaigns/x";
    expect(renderToStaticMarkup(<ErrorContent reset={() => {}} />)).toContain(en.title);
  });

  it("the global one sets the page's language and direction", () => {
    pathname = "/ar/organise";
    const arabic = renderToStaticMarkup(<GlobalError error={Object.assign(new Error("x"), { digest: "d2" })} reset={() => {}} />);
    expect(arabic).toMatch(/^<html lang="ar" dir="rtl">/);
    expect(arabic).toContain(ar.title);
    pathname = "/zh";
    expect(renderToStaticMarkup(<GlobalError error={new Error("x")} reset={() => {}} />)).toMatch(/^<html lang="zh-Hans" dir="ltr">/);
  });
});
