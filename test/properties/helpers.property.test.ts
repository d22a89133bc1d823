/**
 * Property-based tests of the pure helpers that handle what users type:
 * canonical emails, CSV cells, template rendering, tweets, Markdown, request
 * headers, sign-in return paths, target imports and contact links.
 */
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { emailField } from "@/server/supporter-actions/fields";
import { mailtoHref, telHref } from "@/app/[locale]/(public)/campaigns/[slug]/email/_channel/links";
import { withPersonalParagraph } from "@/app/[locale]/(public)/campaigns/[slug]/post-it/personal-paragraph";
import { parseTargetImport } from "@/app/[locale]/organise/targets/import/parse-import";
import { safeReturnPath } from "@/app/[locale]/signin/return-path";
import { knownCountry } from "@/lib/countries";
import { Markdown } from "@/components/ui/markdown";
import { csvLine, neutraliseCell } from "@/lib/csv/write";
import { canonicalEmail, emailDomain } from "@/lib/email/canonical";
import { clientIp, requestMeta } from "@/lib/request-meta";
import { countryFromAcceptLanguage } from "@/lib/targets/resolve";
import { placeholders, renderTemplate, unknownPlaceholders } from "@/lib/templates/render";
import { composeTweet, maxTweetLength, tweetLength } from "@/lib/tweets/compose";
import { email, hostileString, payloads, runs, words } from "./arbitraries";

/** Strings a browser can actually submit (well-formed UTF-16; lone surrogates become U+FFFD on the way). */
const wellFormed = hostileString.map((value) => value.toWellFormed());

describe("canonicalEmail", () => {
  it("never throws, and is idempotent, lower-case and untagged for every address the forms accept", () => {
    fc.assert(
      fc.property(fc.oneof(email, hostileString, email.map((e) => ` ${e.toUpperCase()} `)), (input) => {
        const canonical = canonicalEmail(input);
        expect(typeof emailDomain(input)).toBe("string");
        if (!emailField.safeParse(input).success) return;
        expect(canonicalEmail(canonical)).toBe(canonical);
        expect(canonical).toBe(canonical.toLowerCase());
        expect(canonical.split("@")[0]!.slice(1)).not.toContain("+");
      }),
      { numRuns: runs },
    );
  });

  it("recognises the same Gmail reader however the address is dotted, tagged, cased or aliased", () => {
    const local = fc.stringMatching(/^[a-z][a-z0-9]{1,10}$/);
    fc.assert(
      fc.property(local, fc.stringMatching(/^[a-z0-9]{1,6}$/), fc.nat(), (name, tag, dotAt) => {
        const position = 1 + (dotAt % (name.length - 1 || 1));
        const dotted = `${name.slice(0, position)}.${name.slice(position)}`;
        const plain = canonicalEmail(`${name}@gmail.com`);
        expect(canonicalEmail(`${dotted.toUpperCase()}+${tag}@GoogleMail.com`)).toBe(plain);
      }),
      { numRuns: runs },
    );
  });
});

describe("CSV cells (exports opened in spreadsheets)", () => {
  it("no cell read back from a line starts with = + - @ tab or CR, and each is the value or the value behind an apostrophe", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(wellFormed, fc.constantFrom(...payloads).map((p) => p.toWellFormed())), { minLength: 1, maxLength: 5 }), (cells) => {
        const [read] = parse(csvLine(cells), { relax_quotes: false }) as string[][];
        expect(read).toHaveLength(cells.length);
        read!.forEach((cell, index) => {
          expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          expect([cells[index], `'${cells[index]}`]).toContain(cell);
          expect(cell).toBe(neutraliseCell(cells[index]!));
        });
      }),
      { numRuns: runs },
    );
  });
});

describe("renderTemplate", () => {
  const known = fc.constantFrom(...placeholders.map((name) => `{${name}}`));
  const body = fc
    .array(fc.oneof(words, known, fc.constantFrom("{unknown.thing}", "{x}", "{", "}", "\n", "  ", " ,")), { maxLength: 12 })
    .map((parts) => parts.join(" "));
  const value = fc.option(wellFormed.map((v) => v.replace(/[{}]/g, "")), { nil: undefined });
  const values = fc.record(Object.fromEntries(placeholders.map((name) => [name, value])) as Record<(typeof placeholders)[number], typeof value>);

  it("fills every known placeholder, keeps unknown ones visible, and never throws", () => {
    fc.assert(
      fc.property(body, values, (template, filled) => {
        const rendered = renderTemplate(template, filled);
        for (const name of placeholders) expect(rendered).not.toContain(`{${name}}`);
        expect(unknownPlaceholders(rendered)).toEqual(unknownPlaceholders(template));
      }),
      { numRuns: runs },
    );
  });

  it("puts a supporter's text in as it is: markup stays text for the page to escape, it is never turned into a placeholder", () => {
    fc.assert(
      fc.property(fc.constantFrom(...payloads), (hostile) => {
        const rendered = renderTemplate("Dear {target.name}, from {supporter.name}.", { "target.name": "Ambassador", "supporter.name": hostile });
        const html = renderToStaticMarkup(createElement("p", null, rendered));
        expect(html).not.toMatch(/<(script|img|svg|iframe)\b/i);
        expect(html.startsWith("<p>") && html.endsWith("</p>")).toBe(true);
      }),
      { numRuns: payloads.length * 3 },
    );
  });
});

describe("withPersonalParagraph", () => {
  it("keeps the letter and the supporter's paragraph verbatim (trimmed)", () => {
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 4 }).map((ps) => ps.join("\n\n")), fc.option(wellFormed, { nil: null }), (letter, personal) => {
        const result = withPersonalParagraph(letter, personal);
        const paragraph = personal?.trim();
        if (paragraph) expect(result).toContain(paragraph);
        for (const part of letter.split("\n\n")) expect(result).toContain(part.trim());
      }),
      { numRuns: runs },
    );
  });
});

describe("composeTweet", () => {
  const handle = fc.option(fc.stringMatching(/^@?[A-Za-z0-9_]{1,15}$/), { nil: null });
  const hashtags = fc.array(fc.stringMatching(/^#?[A-Za-z0-9_]{1,20}$/), { maxLength: 6 });
  const url = fc.constantFrom(null, "https://inkwell.example/campaigns/free-dong-guangping");

  // Tweet templates are at most 280 characters (templateProblems); a few times that covers cutting.
  // twitter-text is slow on long text, so this property gets a fifth of the runs.
  const tweetBody = fc.oneof(words, wellFormed.map((v) => v.slice(0, 400)), fc.string({ unit: "grapheme", minLength: 200, maxLength: 400 }));

  it("always fits X's limit, starts with the handle and ends with the campaign link", () => {
    fc.assert(
      fc.property(tweetBody, handle, hashtags, url, (body, at, tags, link) => {
        const tweet = composeTweet({ body, handle: at, hashtags: tags, url: link });
        expect(tweet.fits).toBe(true);
        expect(tweet.length).toBe(tweetLength(tweet.text));
        expect(tweet.length).toBeLessThanOrEqual(maxTweetLength);
        if (at) expect(tweet.text.toLowerCase()).toContain(`@${at.replace(/^@/, "").toLowerCase()}`);
        if (link) expect(tweet.text.endsWith(link)).toBe(true);
      }),
      { numRuns: Math.ceil(runs / 5) },
    );
  });
});

describe("Markdown (organisers' stories, defender profiles)", () => {
  const markup = fc.constantFrom(
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "![x](https://evil.example/pixel.png)",
    '<a href="https://evil.example">x</a>',
    "<iframe src=https://evil.example></iframe>",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "<svg onload=alert(1)>",
    "<style>body{display:none}</style>",
  );
  const story = fc.array(fc.oneof(words, markup, fc.constantFrom("\n\n", "# ", "* ", "> ", "`", "**")), { maxLength: 10 }).map((parts) => parts.join(""));

  it("never renders raw HTML, scripts, event handlers, images or javascript: links", () => {
    fc.assert(
      fc.property(story, (text) => {
        const html = renderToStaticMarkup(createElement(Markdown, null, text));
        expect(html).not.toMatch(/<(script|img|iframe|svg|style)\b/i);
        for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
          expect(tag).not.toMatch(/\son[a-z]+=/i);
          expect(tag).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i);
          if (tag.startsWith("<a ")) expect(tag).toContain('rel="nofollow noopener noreferrer"');
        }
      }),
      { numRuns: runs },
    );
  });
});

describe("request headers", () => {
  const header = fc.option(fc.oneof(hostileString, fc.ipV4(), fc.ipV6(), fc.constantFrom("1.2.3.4:5678", "[::1]:443", "a, b, 10.0.0.1")), { nil: null });

  it("clientIp answers an address-shaped string or null, whatever the proxy headers say", () => {
    fc.assert(
      fc.property(header, header, header, header, (forwarded, real, language, socket) => {
        const values: Record<string, string | null> = { "x-forwarded-for": forwarded, "x-real-ip": real, "accept-language": language, "x-inkwell-socket-address": socket };
        const headers = { get: (name: string) => values[name] ?? null };
        const ip = clientIp(headers);
        if (ip !== null) expect(ip).toMatch(/^[0-9a-f:.]{2,45}$/);
        const meta = requestMeta(headers);
        expect(meta.ip).toBe(ip);
        if (meta.country !== null) expect(meta.country).toMatch(/^[A-Z]{2}$/);
      }),
      { numRuns: runs },
    );
  });

  it("countryFromAcceptLanguage never throws and names a two-letter region or nothing", () => {
    const tag = fc.oneof(fc.constantFrom("en-GB", "fr-CA;q=0.8", "zh-Hant-TW", "de;q=abc", "*", "es-419", "en-gb;q=2"), hostileString);
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 5 }).map((tags) => tags.join(",")), (value) => {
        const country = countryFromAcceptLanguage(value);
        if (country !== null) expect(country).toMatch(/^[A-Z]{2}$/);
      }),
      { numRuns: runs },
    );
  });
});

describe("safeReturnPath (sign-in's callbackUrl)", () => {
  const path = fc.oneof(
    hostileString,
    fc.webUrl(),
    fc.constantFrom("//evil.example", "/\\evil.example", "/\t/evil.example", "/%2F%2Fevil.example", "\\\\evil.example", "/organise/campaigns", "/../../etc", "https:evil.example"),
    fc.webPath(),
  );

  it("always stays on this site", () => {
    fc.assert(
      fc.property(path, (value) => {
        const target = safeReturnPath(value);
        const resolved = new URL(target, "https://inkwell.example");
        expect(resolved.origin).toBe("https://inkwell.example");
        expect(target.startsWith("/") && !target.startsWith("//")).toBe(true);
      }),
      { numRuns: runs },
    );
  });
});

describe("target CSV import", () => {
  const columns = ["kind", "name", "represented_state", "host_country", "email", "website", "language", "is_example"];
  const cell = fc.oneof(
    fc.constantFrom("embassy", "ministry", "Embassy of China", "CN", "GB", "a@example.org", "https://example.org", "en", "yes"),
    wellFormed,
  );
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const csv = fc
    .array(fc.array(cell, { minLength: columns.length, maxLength: columns.length }), { minLength: 0, maxLength: 4 })
    .map((rows) => [columns.join(","), ...rows.map((row) => row.map(quote).join(","))].join("\r\n"));

  it("never throws, on well-formed files or on garbage", () => {
    fc.assert(
      fc.property(fc.oneof(csv, hostileString), (text) => {
        const result = parseTargetImport(text);
        if (!result.ok) expect(result.problem.key).toMatch(/^Targets\.import\.errors\./);
      }),
      { numRuns: runs },
    );
  });

  const plausibleRow = fc.tuple(
    fc.constantFrom("embassy", "ministry"),
    fc.oneof(words, wellFormed.map((v) => v.slice(0, 200))),
    fc.constantFrom("CN", "gb", ""),
    fc.constantFrom("GB", ""),
    fc.oneof(email, fc.constant("")),
    fc.constantFrom("https://example.org", ""),
    fc.constantFrom("en", "zh-Hant", ""),
    fc.constantFrom("yes", "no", ""),
  );
  const plausibleCsv = fc
    .array(plausibleRow, { minLength: 1, maxLength: 3 })
    .map((rows) => [columns.join(","), ...rows.map((row) => row.map(quote).join(","))].join("\r\n"));

  it("a file it calls valid holds only rows the target form would accept, and nothing PostgreSQL cannot store", () => {
    let valid = 0;
    fc.assert(
      fc.property(plausibleCsv, (text) => {
        const result = parseTargetImport(text);
        if (!result.ok || !result.valid) return;
        valid += 1;
        for (const row of result.rows) {
          expect(row.fields).not.toBeNull();
          expect(JSON.stringify(row.fields)).not.toContain("\\u0000");
          if (row.fields!.representedState) expect(knownCountry(row.fields!.representedState)).not.toBeNull();
        }
      }),
      { numRuns: runs },
    );
    expect(valid, "valid files among the generated ones").toBeGreaterThan(runs / 10);
  });
});

describe("contact links on the email and call pages", () => {
  it("mailto: links carry the subject and body exactly; tel: links carry only a plus and digits", () => {
    fc.assert(
      fc.property(email, wellFormed, wellFormed, wellFormed, (address, subject, body, phone) => {
        const href = new URL(mailtoHref(address, subject, body));
        expect(href.protocol).toBe("mailto:");
        const query = new URLSearchParams(href.search.replace(/\+/g, "%2B"));
        expect(query.get("subject")).toBe(subject);
        expect(query.get("body")).toBe(body.replace(/\r?\n/g, "\r\n"));
        const tel = telHref(phone);
        if (tel !== null) expect(tel).toMatch(/^tel:\+?\d{3,}$/);
      }),
      { numRuns: runs },
    );
  });
});
