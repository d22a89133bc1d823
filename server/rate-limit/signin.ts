import "server-only";
import { headers } from "next/headers";
import { consumeRateLimits } from "@/db/queries/rate-limit";
import { keyedHash } from "@/lib/crypto";
import { canonicalEmail } from "@/lib/email/canonical";
import { requestMeta } from "@/lib/request-meta";
import { signInMailLimits, type Charge } from "@/lib/rate-limit/policy";

/**
 * Whether this request may have a sign-in link mailed to `email`, charging
 * the buckets (lib/rate-limit/policy.ts, signInMailLimits): the requesting
 * network's own always, the address's (in its canonical form, so dots and
 * +tags reach the same inbox and the same bucket) only while the network is
 * within its limit. Asked for every address alike, whether an account exists,
 * is suspended or not, so the answer reveals nothing about accounts.
 */
export async function mayMailSignInLink(email: string): Promise<boolean> {
  const { ip } = requestMeta(await headers());
  const charges: Charge[] = [];
  if (ip) charges.push({ key: `signin:ip:${keyedHash("ip", ip)}`, ...signInMailLimits.perIp, payer: "requester" });
  charges.push({ key: `signin:email:${keyedHash("email", canonicalEmail(email))}`, ...signInMailLimits.perEmail, payer: "address" });
  return (await consumeRateLimits(charges)).allowed;
}
