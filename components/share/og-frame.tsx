import type { ReactNode } from "react";
import { drawableText } from "./og-text";
import { ogFontFamily } from "./og-fonts";

/** Share cards (OpenGraph images): 1200 × 630 PNG, drawn by next/og with the fonts we ship. */
export const ogSize = { width: 1200, height: 630 };

export const ogColors = { brand: "#1f3b73", brandDark: "#14284f", accent: "#f2c94c", paper: "#faf8f4", soft: "#c9d5ec" };

/** The card's ground and its top line (the site's name beside a dot); the children fill the rest, spread top to bottom. */
export function OgFrame({ site, children }: { site: string; children: ReactNode }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: ogColors.brand,
        color: ogColors.paper,
        fontFamily: ogFontFamily,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 16, fontSize: 28, color: ogColors.soft }}>
        <div style={{ width: 18, height: 18, borderRadius: 9, background: ogColors.accent }} />
        {drawableText(site)}
      </div>
      {children}
    </div>
  );
}
