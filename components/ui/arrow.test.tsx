import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Arrow } from "./arrow";

describe("Arrow", () => {
  it("shows the left-to-right arrow, and the mirrored one only in right-to-left pages, hidden from screen readers", () => {
    expect(renderToStaticMarkup(<Arrow to="back" />)).toBe(
      '<span aria-hidden="true" class="rtl:hidden">←</span><span aria-hidden="true" class="hidden rtl:inline">→</span>',
    );
    expect(renderToStaticMarkup(<Arrow to="forward" />)).toBe(
      '<span aria-hidden="true" class="rtl:hidden">→</span><span aria-hidden="true" class="hidden rtl:inline">←</span>',
    );
  });
});
