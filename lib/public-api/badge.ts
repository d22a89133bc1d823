/**
 * The count badge of a campaign (/api/v1/campaigns/{slug}/badge.svg): a small
 * SVG other sites embed with <img>. Self-contained: a generic font family (no
 * web font, nothing fetched), no script, every piece of text escaped. Widths
 * are estimated from the character count, as there is no font to measure.
 */

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const charWidth = 7;
const padding = 10;

export interface BadgeInput {
  campaignTitle: string;
  /** Confirmed actions. */
  total: number;
}

/** The badge's text in English, with the count grouped ("1,234"). */
export function badgeSvg({ campaignTitle, total }: BadgeInput): string {
  const label = "actions";
  const count = new Intl.NumberFormat("en").format(total);
  const title = `${campaignTitle}: ${count} ${total === 1 ? "action" : "actions"} taken`;
  const labelWidth = label.length * charWidth + 2 * padding;
  const countWidth = count.length * charWidth + 2 * padding;
  const width = labelWidth + countWidth;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-labelledby="badge-title">`,
    `<title id="badge-title">${escapeXml(title)}</title>`,
    `<rect width="${labelWidth}" height="20" fill="#444"/>`,
    `<rect x="${labelWidth}" width="${countWidth}" height="20" fill="#1a6b3c"/>`,
    `<g fill="#fff" font-family="Verdana, DejaVu Sans, sans-serif" font-size="11" text-anchor="middle" aria-hidden="true">`,
    `<text x="${labelWidth / 2}" y="14">${label}</text>`,
    `<text x="${labelWidth + countWidth / 2}" y="14">${escapeXml(count)}</text>`,
    `</g>`,
    `</svg>`,
  ].join("");
}
