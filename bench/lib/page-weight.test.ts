import { describe, expect, it } from "vitest";
import { scriptSources } from "./page-weight";

describe("scriptSources", () => {
  it("lists external scripts once each and skips inline ones", () => {
    const html = `<script src="/_next/a.js" async=""></script><script>self.__next_f=[]</script>
      <script async src="/_next/b.js?v=1&amp;x=2"></script><script src="/_next/a.js"></script>`;
    expect(scriptSources(html)).toEqual(["/_next/a.js", "/_next/b.js?v=1&x=2"]);
  });

  it("leaves out nomodule scripts, which browsers with ES modules never download", () => {
    const html = `<script src="/_next/polyfills.js" noModule=""></script><script src="/_next/main.js" async=""></script>`;
    expect(scriptSources(html)).toEqual(["/_next/main.js"]);
  });
});
