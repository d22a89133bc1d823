import "server-only";
import { countBuckets, fillFor } from "./color-scale";
import { worldGeometry } from "./world-geometry";

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The choropleth as a standalone SVG document: served as a file (cached with
 * the counters) so its ~70 KB of path data is not repeated in every page's
 * HTML and RSC payload. `describeCountry` gives each counted country a
 * <title> for anyone who opens the file itself.
 */
export function worldMapSvg(counts: Map<string, number>, describeCountry: (code: string, count: number) => string): string {
  const { width, height, countries } = worldGeometry();
  const buckets = countBuckets(Math.max(0, ...counts.values()));
  const paths = countries.map((shape) => {
    const count = shape.code ? (counts.get(shape.code) ?? 0) : 0;
    const title = count > 0 && shape.code ? `<title>${escapeXml(describeCountry(shape.code, count))}</title>` : "";
    return `<path d="${shape.d}" fill="${fillFor(count, buckets)}">${title}</path>`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `stroke="#ffffff" stroke-width="0.5" stroke-linejoin="round">${paths.join("")}</svg>`
  );
}

/** The map's intrinsic size, for the <img> that shows it (no layout shift). */
export function worldMapSize(): { width: number; height: number } {
  const { width, height } = worldGeometry();
  return { width, height };
}
