/**
 * tsx --conditions=react-server bench/seed.ts  (run by bench/run.ts, with DATABASE_URL and BENCH_* set)
 *
 * Prepares the benchmark database after the migrations and the demo seed:
 * - BENCH_ROWS confirmed letter signatures on one demo campaign, in ONE
 *   INSERT ... SELECT generate_series, then its counters reconciled and the table analysed;
 * - bench_actions, a copy of `actions` for the framework-floor action (bench B);
 * - signing rate limits raised so that one client address can sign thousands of times;
 * - a database session for one of the campaign's organisers (the CSV export needs one).
 * Prints one JSON line: what bench/run.ts needs to know.
 */
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db";
import { reconcileCounters } from "@/db/queries/counters";
import { encrypt } from "@/lib/crypto";
import { settingKeys } from "@/db/queries/settings";

export interface SeedResult {
  campaignId: string;
  slug: string;
  rows: number;
  confirmedTotal: number;
  sessionToken: string;
  seedSeconds: number;
}

const generous = { points: 1_000_000_000, windowSeconds: 3600 };
const benchRateLimits = {
  perIp: generous,
  perEmail: generous,
  perIpWithoutProof: generous,
  perEmailDomainWithoutProof: generous,
};

const countries = ["GB", "DE", "FR", "US", "CA", "NL", "ES", "IT", "BR", "ZA", "KE", "IN", "AU", "SE", "NO", "IE", "BE", "CH", "AT", "JP"];

async function main(): Promise<void> {
  const slug = process.env.BENCH_CAMPAIGN ?? "reunite-dong-guangping-with-his-family";
  const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
  const db = await getDb();
  const [campaign] = (await db.execute(sql`select id from campaigns where slug = ${slug}`)) as unknown as { id: string }[];
  if (!campaign) throw new Error(`campaign ${slug} not found: did the demo seed run?`);

  await db.execute(sql`create table if not exists bench_actions (like actions including all)`);
  await db.execute(sql`
    insert into site_settings (key, value) values (${settingKeys.rateLimits}, ${JSON.stringify(benchRateLimits)}::jsonb)
    on conflict (key) do update set value = excluded.value, updated_at = now()`);

  const started = Date.now();
  await insertSignatures(campaign.id, rows);
  await reconcileCounters(db, [campaign.id]);
  await db.execute(sql`vacuum (analyze) actions`);
  const seedSeconds = (Date.now() - started) / 1000;

  const [total] = (await db.execute(sql`
    select coalesce(sum(confirmed), 0)::bigint as n from action_counters where campaign_id = ${campaign.id}`)) as unknown as { n: string }[];
  const result: SeedResult = {
    campaignId: campaign.id,
    slug,
    rows,
    confirmedTotal: Number(total?.n ?? 0),
    sessionToken: await organiserSession(campaign.id),
    seedSeconds,
  };
  console.log(JSON.stringify(result));
}

/**
 * One statement. Names, emails, cities and paragraphs are real ciphertexts (one each, repeated:
 * decrypting costs the same whichever row it is); hashes, idempotency keys
 * and confirmation times differ per row as the unique indexes require.
 */
async function insertSignatures(campaignId: string, rows: number): Promise<void> {
  const db = await getDb();
  const [target] = (await db.execute(sql`
    select target_id from campaign_targets where campaign_id = ${campaignId} and target_id is not null order by position limit 1`)) as unknown as {
    target_id: string;
  }[];
  const name = encrypt("Bench Supporter");
  const email = encrypt("supporter@bench.test");
  const city = encrypt("Leeds");
  const paragraph = encrypt("Free him now. Every day in detention is one too many.");
  await db.execute(sql`
    insert into actions (campaign_id, kind, status, target_id, email_hash, email_ciphertext, email_domain, name_ciphertext,
      public_name, show_name, wants_updates, country, city_ciphertext, language, personal_text_ciphertext, pow_verified, idempotency_key,
      confirmed_at, created_at, updated_at)
    select ${campaignId}, 'letter', 'confirmed', ${target?.target_id ?? null}, md5('bench-seed-' || i), ${email}, 'bench.test', ${name},
      case when i % 10 = 0 then 'Bench Supporter' end, i % 10 = 0, i % 3 = 0,
      (${`{${countries.join(",")}}`}::text[])[1 + i % ${countries.length}], case when i % 4 = 0 then ${city} end, 'en',
      case when i % 20 = 0 then ${paragraph} end, true, 'bench-seed-' || i,
      now() - interval '1 hour' - i * interval '1 second', now() - interval '1 hour' - i * interval '1 second', now() - interval '1 hour'
    from generate_series(1, ${rows}) as i`);
}

/** A session row for one of the campaign's organisers, as Auth.js would store it after sign-in. */
async function organiserSession(campaignId: string): Promise<string> {
  const db = await getDb();
  const [organiser] = (await db.execute(sql`
    select user_id from campaign_organisers where campaign_id = ${campaignId} limit 1`)) as unknown as { user_id: string }[];
  if (!organiser) throw new Error("the bench campaign has no organiser");
  const token = randomBytes(32).toString("hex");
  await db.execute(sql`
    insert into sessions (session_token, user_id, expires) values (${token}, ${organiser.user_id}, now() + interval '1 day')`);
  return token;
}

main()
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    console.error(error);
    await closeDb();
    process.exit(1);
  });
