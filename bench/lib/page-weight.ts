import { gzipSync } from "node:zlib";

/**
 * The src of every <script src> a modern browser loads from a page, in
 * document order, without repeats. `<script nomodule>` (Next's polyfills for
 * browsers without ES modules) is left out: every browser that runs modules,
 * Lighthouse's Chrome included, skips it without downloading it.
 */
export function scriptSources(html: string): string[] {
  const sources = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1]!)
    .filter((attributes) => !/\bnomodule\b/i.test(attributes))
    .map((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1])
    .filter((source): source is string => source !== undefined)
    .map((source) => source.replace(/&amp;/g, "&"));
  return [...new Set(sources)];
}

export interface PageWeight {
  htmlKb: number;
  htmlGzipKb: number;
  scripts: number;
  jsKb: number;
  jsGzipKb: number;
  /** Each script's gzipped size, largest first. */
  scriptsGzipKb: { src: string; kb: number }[];
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** What a first visit downloads: the HTML (with its inline RSC payload) and every script it loads, gzipped (level 6, as servers do). */
export async function measurePageWeight(origin: string, path: string): Promise<PageWeight> {
  const response = await fetch(`${origin}${path}`);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  const html = await response.text();
  const sources = scriptSources(html);
  let js = 0;
  let jsGzip = 0;
  const each: { src: string; kb: number }[] = [];
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, origin))).arrayBuffer());
    const gzipped = gzipSync(body, { level: 6 }).length;
    js += body.length;
    jsGzip += gzipped;
    each.push({ src: source, kb: kb(gzipped) });
  }
  return {
    htmlKb: kb(Buffer.byteLength(html)),
    htmlGzipKb: kb(gzipSync(html, { level: 6 }).length),
    scripts: sources.length,
    jsKb: kb(js),
    jsGzipKb: kb(jsGzip),
    scriptsGzipKb: each.sort((a, b) => b.kb - a.kb),
  };
}
