/** Puts the supporter's paragraph before the closing ("Yours sincerely,"), or at the end of a one-paragraph letter. */
export function withPersonalParagraph(body: string, personal: string | null): string {
  const paragraph = personal?.trim();
  if (!paragraph) return body;
  const paragraphs = body.trim().split(/\n\s*\n/);
  if (paragraphs.length < 2) return `${body.trim()}\n\n${paragraph}`;
  return [...paragraphs.slice(0, -1), paragraph, paragraphs.at(-1)].join("\n\n");
}
