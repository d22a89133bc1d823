import { describe, expect, it } from "vitest";
import { worldMapSize, worldMapSvg } from "./world-map-svg";

describe("worldMapSvg", () => {
  const svg = worldMapSvg(new Map([["CA", 20], ["FR", 1]]), (code, count) => `${code} <${count}> & "more"`);

  it("is a standalone SVG document of the map's size", () => {
    const { width, height } = worldMapSize();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
    expect(svg.endsWith("</svg>")).toBe(true);
  });

  it("shades the country with the most actions darkest, and titles only counted countries, escaped", () => {
    expect(svg.match(/fill="#14284f"/g)).toHaveLength(1);
    expect(svg.match(/<title>/g)).toHaveLength(2);
    expect(svg).toContain("<title>CA &#60;20&#62; &#38; &#34;more&#34;</title>");
    expect(svg).not.toContain("<20>");
  });
});
