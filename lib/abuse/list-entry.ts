import { z } from "zod";
import type { listEntryKinds } from "@/db/schema/enums";
import { keyedHash } from "@/lib/crypto";
import { canonicalEmail } from "@/lib/email/canonical";
import { hashIpRange, parseIpRange, type RangeProblem } from "./ip-range";

export type ListEntryKind = (typeof listEntryKinds)[number];

/** What a list row holds for one admin input, and a label that does not give the value away. */
export interface StoredListValue {
  value: string;
  prefixLength: number | null;
  label: string;
}

/** Catalogue keys (AdminAbuse.errors.*) for input that cannot go on a list. */
export type ListValueProblem = "invalidEmail" | "invalidDomain" | RangeProblem;

const domainPattern = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}[a-z0-9]$/;

/** "j•••@example.org": enough for an admin to recognise the entry, not enough to read the address back. */
export function maskEmail(canonical: string): string {
  const [local = "", domain = ""] = canonical.split("@");
  return `${local.slice(0, 1)}•••@${domain}`;
}

/**
 * Turns what an admin typed into what the list stores:
 * - email: keyedHash("email", canonical address), the hash actions already carry;
 * - email_domain: the lower-case domain in clear (blocks its subdomains too);
 * - ip_range: keyedHash of the network at its prefix length, never the address.
 */
export function storedListValue(kind: ListEntryKind, input: string): { ok: true; stored: StoredListValue } | { ok: false; problem: ListValueProblem } {
  const text = input.trim();
  if (kind === "email") {
    if (!z.email().safeParse(text).success) return { ok: false, problem: "invalidEmail" };
    const canonical = canonicalEmail(text);
    return { ok: true, stored: { value: keyedHash("email", canonical), prefixLength: null, label: maskEmail(canonical) } };
  }
  if (kind === "email_domain") {
    const domain = text.toLowerCase().replace(/^@/, "").replace(/\.$/, "");
    if (!domainPattern.test(domain)) return { ok: false, problem: "invalidDomain" };
    return { ok: true, stored: { value: domain, prefixLength: null, label: domain } };
  }
  const parsed = parseIpRange(text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  const { range } = parsed;
  const label = `IPv${range.version} /${range.prefixLength} · ${hashIpRange(range).slice(0, 8)}`;
  return { ok: true, stored: { value: hashIpRange(range), prefixLength: range.prefixLength, label } };
}

/** The domain and its parents ("a.b.example.org" -> itself, "b.example.org", "example.org"), for list lookups. */
export function domainAndParents(domain: string): string[] {
  const labels = domain.toLowerCase().split(".").filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) out.push(labels.slice(i).join("."));
  return out;
}
