/**
 * fast-check arbitraries for hostile form input: what a browser, a bot or a
 * fuzzer can put in a multipart form. Every form value is a string, several
 * strings (a repeated key) or absent.
 */
import fc from "fast-check";

/** Strings that have broken web apps before: markup, formulas, control and bidi characters, placeholders, lookalikes. */
export const payloads = [
  "",
  " ",
  "\t\n\r",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "=HYPERLINK(\"http://evil.example\")",
  "+1+1",
  "-2+3",
  "@SUM(A1)",
  "\u0000",
  "a\u0000b",
  "\u202eevil",
  "\u200b",
  "\ufeff",
  "{target.name}",
  "{supporter.password}",
  "{{7*7}}",
  "${process.env}",
  "../../etc/passwd",
  "' OR 1=1 --",
  "null",
  "undefined",
  "__proto__",
  "constructor",
  "💥🏳️‍🌈👩‍👩‍👧",
  "\ud800",
  "Zoë Ğürbüz 张伟 محمد",
  "a".repeat(10_001),
] as const;

/** Any string, weighted towards the nasty ones; sometimes padded with whitespace, sometimes huge. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...payloads) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ unit: "binary", minLength: 1, maxLength: 4 }), fc.integer({ min: 100, max: 60_000 }))
      .map(([chunk, length]) => chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length)),
  },
);

export type FormValue = string | string[] | undefined;

/** A form value: usually a string, sometimes several (repeated key), sometimes missing. */
export const hostileValue: fc.Arbitrary<FormValue> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.array(hostileString, { minLength: 2, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** Whitespace a person (or paste) leaves around a value. */
const padding = fc.constantFrom("", " ", "  ", "\t", "\n", " \u00a0");

/** A plausible value, sometimes padded: most fields of most runs, so the success path gets exercised. */
export function padded(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(padding, valid, padding).map(([before, value, after]) => `${before}${value}${after}`);
}

/** A field whose schema trims: mostly a plausible value with whitespace around it, sometimes anything, sometimes missing. */
export function field(valid: fc.Arbitrary<string>): fc.Arbitrary<FormValue> {
  return exact(padded(valid));
}

/** A field posted exactly as a form control would (ids, enums, checkboxes), sometimes anything, sometimes missing. */
export function exact(valid: fc.Arbitrary<string>): fc.Arbitrary<FormValue> {
  return fc.oneof(
    { weight: 12, arbitrary: valid },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/**
 * A form with the given fields (a field whose arbitrary gives undefined is left
 * out, as a form would) plus, sometimes, unexpected extra keys.
 */
export function form(fields: Record<string, fc.Arbitrary<FormValue>>): fc.Arbitrary<Record<string, string | string[]>> {
  return fc
    .tuple(fc.record(fields), fc.dictionary(fc.string({ maxLength: 12 }), hostileValue, { maxKeys: 2 }))
    .map(([known, extra]) => {
      const out: Record<string, string | string[]> = {};
      for (const [key, value] of Object.entries({ ...extra, ...known })) {
        if (value !== undefined) out[key] = value;
      }
      return out;
    });
}

export const words = fc
  .array(fc.constantFrom("free", "Dong", "release", "now", "Zoë", "张伟", "justice", "—", "2024", "#Tag"), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(" "));

export const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join("-"));

export const isoDate = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

export const email = fc
  .tuple(fc.stringMatching(/^[a-z0-9]([a-z0-9._+-]{0,10}[a-z0-9])?$/), fc.constantFrom("example.org", "gmail.com", "mail.example.co.uk"))
  .map(([local, domain]) => `${local}@${domain}`);

/** Nothing left over at either end after trimming. */
export function isTrimmed(value: string): boolean {
  return value === value.trim();
}

/** Length in code points, which is what zod 4's string min/max count (an emoji is one). */
export function within(value: string, min: number, max: number): boolean {
  const length = [...value].length;
  return length >= min && length <= max;
}

/** How many runs each property gets; raise it with FC_RUNS for a longer soak. */
export const runs = Number(process.env.FC_RUNS ?? 300);
