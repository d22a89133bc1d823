/**
 * What a client cannot choose: its address (per-IP rate limits, block lists and
 * trending all key on it) and the Host it is served under. Raw HTTP from Node,
 * so the source address and every header are ours to pick: the e2e server
 * trusts 127.0.0.1 as a reverse proxy (TRUSTED_PROXIES in playwright.config.ts),
 * and a client connecting from 127.0.0.2 is an ordinary, untrusted one.
 */
import { e2eSql } from "../auth";
import { expect, test } from "../fixtures";
import { uniqueId } from "../nojs/support";
import { campaignFor } from "../supporter/channels";
import { formFields, multipart, raw } from "../raw-http";

const campaign = campaignFor("letter", { highRisk: false });
const letterPath = `/campaigns/${campaign.slug}/letter?country=CA`;

/** Signs the letter as a new supporter (at a domain of its own), from `from` with `headers`; the stored action's IP hash. */
async function signFrom(baseURL: string, from: string, headers: Record<string, string>): Promise<string> {
  // Fresh fields each time: the form's idempotency key makes a second post with the same one a replay of the first.
  const fields = await formFields(baseURL, letterPath);
  const domain = `addr-${uniqueId()}.example.org`;
  const email = `robin-${uniqueId()}@${domain}`;
  const filled = fields
    .filter(([name]) => !["name", "email", "country"].includes(name))
    .concat([
      ["name", "Robin Client"],
      ["email", email],
      ["country", "CA"],
    ]);
  const { body, contentType } = multipart(filled);
  const answer = await raw(baseURL, { method: "POST", path: letterPath, from, body, headers: { "content-type": contentType, origin: new URL(baseURL).origin, ...headers } });
  expect(answer.status, answer.body.slice(0, 300)).toBeLessThan(500);
  const rows = await e2eSql()<{ ip_hash: string | null }[]>`
    select a.ip_hash from actions a where a.email_domain = ${domain} and a.created_at > now() - interval '5 minutes' order by a.id desc limit 1`;
  expect(rows, `the signature from ${from} was stored`).toHaveLength(1);
  expect(rows[0]!.ip_hash, "a non-high-risk campaign keeps the IP hash for the abuse window").not.toBeNull();
  return rows[0]!.ip_hash!;
}

test.describe.configure({ mode: "serial" });

test("a client's forged X-Forwarded-For, X-Real-IP or socket-address header never gives it a new rate-limit bucket", async ({ baseURL }) => {
  // Three posts only: without JavaScript's proof of work, one address may sign 10 times an hour.
  const forgeries: Record<string, string>[] = [
    {},
    { "x-forwarded-for": "198.51.100.1, 127.0.0.1", "x-real-ip": "198.51.100.3" },
    { "x-forwarded-for": "2001:db8::1", "x-real-ip": "2001:db8::2", forwarded: "for=198.51.100.4", "x-inkwell-socket-address": "127.0.0.1" },
  ];
  const hashes: string[] = [];
  for (const headers of forgeries) hashes.push(await signFrom(baseURL!, "127.0.0.2", headers));
  expect(new Set(hashes).size, "every request from 127.0.0.2 counts as 127.0.0.2").toBe(1);
  // The per-IP buckets are keyed by that one hash (lib/rate-limit/policy.ts): every post charged the same bucket.
  const [bucket] = await e2eSql()<{ n: number }[]>`select count(*)::int as n from rate_limits where key like ${`%ip:${hashes[0]}`}`;
  expect(bucket!.n, "a per-IP bucket exists for the one address").toBeGreaterThan(0);

  // The trusted proxy (127.0.0.1) is believed: each X-Forwarded-For it sends is another client.
  const viaProxy = new Set<string>();
  for (const client of ["198.51.100.10", "198.51.100.11"]) {
    viaProxy.add(await signFrom(baseURL!, "127.0.0.1", { "x-forwarded-for": `6.6.6.6, ${client}` }));
  }
  expect(viaProxy.size, "clients behind the trusted proxy are told apart").toBe(2);
  expect(viaProxy.has(hashes[0]!)).toBe(false);

  // One IPv6 /64 is one client.
  const sixes = new Set<string>();
  for (const client of ["2001:db8:5:6::1", "2001:db8:5:6:ffff::2"]) {
    sixes.add(await signFrom(baseURL!, "127.0.0.1", { "x-forwarded-for": client }));
  }
  expect(sixes.size, "two addresses in one IPv6 /64 share a hash").toBe(1);
});

test("a Host that is not the site's gets 421 on every kind of path, so a DNS-rebound page reads nothing", async ({ baseURL }) => {
  const paths = ["/", "/dev/mail", "/signin", "/api/auth/session", `/campaigns/${campaign.slug}`, "/share/mastodon?server=mastodon.social&text=x", "/no/such/page"];
  for (const path of paths) {
    const answer = await raw(baseURL!, { path, headers: { host: `rebound.example:${new URL(baseURL!).port}` } });
    expect(answer.status, path).toBe(421);
  }
  for (const host of ["rebound.example", "127.0.0.1.rebound.example", "localhost.rebound.example"]) {
    expect((await raw(baseURL!, { path: "/", headers: { host } })).status, host).toBe(421);
  }
  // The site's own host is served.
  expect((await raw(baseURL!, { path: "/" })).status).toBe(200);
});

test("/dev/mail does not exist on a production server with its own database, even on loopback", async ({ baseURL }) => {
  expect((await raw(baseURL!, { path: "/dev/mail" })).status).toBe(404);
  expect((await raw(baseURL!, { path: "/dev/mail", from: "127.0.0.2" })).status).toBe(404);
});
