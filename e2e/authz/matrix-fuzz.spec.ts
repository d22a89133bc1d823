/**
 * Property-based tests of the supporter actions over HTTP (issue #7, part 2):
 * arbitrary multipart forms posted to the real letter, solidarity and tweet
 * actions of the production build. Whatever is posted: never a 5xx, never the
 * "something went wrong" answer, a refusal says what is wrong (field errors, or
 * a known form-level reason such as a rate limit), and a refused submission
 * writes no row.
 */
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { e2eSql } from "../auth";
import { expect, test } from "../fixtures";
import { builtActions, callAction, message, randomSlug, type ActionAnswer, type FormValue } from "./matrix-world";

test.describe.configure({ mode: "serial" });

/** Submissions per action; FC_RUNS raises it for a soak. */
const runs = Number(process.env.FC_RUNS ?? 60);

/** Form-level refusals that are not a validation problem (and so carry no field errors). */
const formLevelRefusals = [
  "SupporterActions.errors.rateLimited",
  "SupporterActions.errors.notCollecting",
  "SupporterActions.errors.sitePaused",
  "SupporterActions.errors.collectionPaused",
  "Channels.rateLimited",
  "Channels.unknownTarget",
  "Channels.closed",
];

const hostile = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom(
    "",
    " ",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "=HYPERLINK(\"http://evil.example\")",
    "a\u0000b",
    "\u202eevil",
    "{supporter.name}",
    "' OR 1=1 --",
    "__proto__",
    "x".repeat(5_000),
  ),
);

function field(valid: fc.Arbitrary<string>): fc.Arbitrary<FormValue | undefined> {
  return fc.oneof(
    { weight: 8, arbitrary: valid },
    { weight: 2, arbitrary: hostile },
    { weight: 1, arbitrary: fc.array(hostile, { minLength: 2, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

function form(fields: Record<string, fc.Arbitrary<FormValue | undefined>>): fc.Arbitrary<Record<string, FormValue>> {
  return fc.record(fields).map((values) => {
    const out: Record<string, FormValue> = {};
    for (const [key, value] of Object.entries(values)) if (value !== undefined) out[key] = value;
    return out;
  });
}

const words = fc.array(fc.constantFrom("Free", "Dong", "now", "Zoë", "张伟", "محمد", "solidarity"), { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));
/** A fresh domain too, so per-domain signing limits stay out of the way as well. */
const emailAddress = fc.stringMatching(/^[a-z0-9]{1,10}$/).map((local) => `fuzz-${local}@f${randomUUID().slice(0, 8)}.example.org`);
const key = fc.constant(null).map(() => randomUUID());
const country = fc.constantFrom("GB", "fr", "", "XX");
/** A different client address per submission, so the per-IP limits stay out of the way of the properties. */
const ip = fc.tuple(fc.integer({ min: 1, max: 254 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 254 })).map(([a, b, c]) => `10.${a}.${b}.${c}`);

interface Fuzzed {
  campaignId: string;
  slug: string;
}

let campaign: Fuzzed;

test.beforeAll(async () => {
  const sql = e2eSql();
  const slug = randomSlug("fuzz");
  const [row] = await sql<{ id: string }[]>`
    insert into campaigns (slug, title, summary, status, published_at, action_kinds)
    values (${slug}, ${`Fuzz campaign ${slug}`}, 'Made by the property-based action tests.', 'published', now(), '{letter,solidarity,tweet}')
    returning id`;
  await sql`insert into templates (campaign_id, kind, language, body) values (${row!.id}, 'tweet', 'en', 'Free the defenders of {campaign.title}')`;
  await sql`insert into templates (campaign_id, kind, language, body) values (${row!.id}, 'letter', 'en', 'Dear {target.name},')`;
  campaign = { campaignId: row!.id, slug };
});

async function rowsWritten(): Promise<number> {
  const [row] = await e2eSql()<{ count: number }[]>`select count(*)::int as count from actions where campaign_id = ${campaign.campaignId}`;
  return row!.count;
}

/** The properties every answer must have; returns whether the submission was accepted. */
function checkAnswer(answer: ActionAnswer, submitted: Record<string, FormValue>): boolean {
  const what = `answer to ${JSON.stringify(submitted).slice(0, 300)}`;
  expect(answer.status, what).toBeLessThan(500);
  if (answer.redirect !== null) {
    expect(answer.redirect, what).not.toMatch(/^\/signin/);
    return true;
  }
  expect(answer.state, `${what}: no ActionState`).not.toBeNull();
  const state = answer.state!;
  expect(state.message, what).not.toBe(message("Actions.unexpected"));
  if (state.ok) return true;
  const fieldErrors = Object.values(state.fieldErrors ?? {}).flat();
  const formLevel = formLevelRefusals.some((k) => message(k) === state.message);
  expect(fieldErrors.length > 0 || formLevel, `${what}: refused without saying why (${state.message})`).toBe(true);
  return false;
}

interface FuzzTarget {
  exportName: string;
  /** The page whose form posts to the action (a page without it gets Next's forwarding, which drops external redirects). */
  page: string;
  arbitrary: fc.Arbitrary<Record<string, FormValue>>;
  /** Submissions always tried first: the ones that have broken things before. */
  examples: Record<string, FormValue>[];
}

async function fuzz({ exportName, page, arbitrary, examples }: FuzzTarget, request: Parameters<typeof callAction>[0], baseURL: string) {
  const action = builtActions().find((a) => a.key.endsWith(`#${exportName}`));
  expect(action, `${exportName} is not in the build`).toBeDefined();
  let accepted = 0;
  await fc.assert(
    fc.asyncProperty(arbitrary, ip, async (submitted, clientIp) => {
      const before = await rowsWritten();
      const answer = await callAction(request, baseURL, action!.id, submitted, { cookie: null, forwardedFor: clientIp, page });
      const ok = checkAnswer(answer, submitted);
      const written = (await rowsWritten()) - before;
      if (ok) accepted += 1;
      expect(written, `rows written for ${ok ? "an accepted" : "a refused"} submission`).toBeLessThanOrEqual(ok ? 1 : 0);
    }),
    { numRuns: runs, endOnFailure: true, examples: examples.map((example) => [example, "10.0.0.1"] as [Record<string, FormValue>, string]) },
  );
  // Properties that only ever see refusals prove little: part of the runs must get through.
  expect(accepted, `${exportName}: accepted submissions out of ${runs}`).toBeGreaterThan(0);
}

test("signing a letter: any form gets a clear answer, and a refusal writes nothing", async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const letter = form({
    campaign: field(fc.constant(null).map(() => campaign.slug)),
    idempotencyKey: field(key),
    name: field(words),
    email: field(emailAddress),
    country: field(country),
    city: field(words),
    personalText: field(words),
    showName: field(fc.constantFrom("on", "")),
    wantsUpdates: field(fc.constantFrom("on", "")),
  });
  // A NUL byte in stored text used to reach PostgreSQL and come back as "something went wrong".
  const nul = { campaign: campaign.slug, idempotencyKey: randomUUID(), name: "Ann", email: `nul@f${randomUUID().slice(0, 8)}.example.org`, country: "GB", city: "a\u0000b" };
  await fuzz({ exportName: "signLetter", page: `/campaigns/${campaign.slug}/letter`, arbitrary: letter, examples: [nul] }, request, baseURL!);
});

test("a solidarity message: any form gets a clear answer, and a refusal writes nothing", async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const solidarity = form({
    campaignSlug: field(fc.constant(null).map(() => campaign.slug)),
    idempotencyKey: field(key),
    anonymous: field(fc.constantFrom("on", "")),
    name: field(words),
    country: field(country),
    message: field(words),
    language: field(fc.constantFrom("en", "zh", "ar", "xx")),
  });
  const nul = { campaignSlug: campaign.slug, idempotencyKey: randomUUID(), anonymous: "on", message: "hello\u0000there", language: "en" };
  await fuzz({ exportName: "sendSolidarityMessage", page: `/campaigns/${campaign.slug}/solidarity`, arbitrary: solidarity, examples: [nul] }, request, baseURL!);
});

test("recording a tweet: any form gets a clear answer, and a refusal writes nothing", async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const tweet = form({
    campaignSlug: field(fc.constant(null).map(() => campaign.slug)),
    targetId: field(fc.constantFrom("", randomUUID())),
    country: field(country),
    idempotencyKey: field(key),
    network: field(fc.constantFrom("x", "bluesky", "mastodon")),
  });
  const nul = { campaignSlug: campaign.slug, targetId: "", idempotencyKey: randomUUID(), country: "\u0000" };
  await fuzz({ exportName: "recordTweet", page: `/campaigns/${campaign.slug}/tweet`, arbitrary: tweet, examples: [nul] }, request, baseURL!);
});
