import type postgres from "postgres";

/** The total the campaign page shows (data-testid="campaign-total"), or null when it is not there. */
export function shownTotal(html: string): number | null {
  const match = /data-testid="campaign-total"[^>]*>\s*<span[^>]*>([\d,.\s\u00a0\u202f]+)</.exec(html);
  if (!match) return null;
  const digits = match[1]!.replace(/\D/g, "");
  return digits ? Number(digits) : null;
}

export interface LagSample {
  seconds: number;
  seen: boolean;
}

/**
 * Bench G: confirms one pending signature the way confirmAction does (one
 * UPDATE, confirmed_at = now()) and polls the public campaign page until it
 * shows at least `expected` (the total before plus this confirmation), or
 * `timeoutMs` passes. Null when there was no pending signature to confirm.
 */
export async function measureCounterLag(
  sql: postgres.Sql,
  origin: string,
  campaign: { id: string; slug: string },
  expected: number,
  timeoutMs = 30_000,
): Promise<LagSample | null> {
  const confirmed = await sql`
    update actions set status = 'confirmed', confirmed_at = now(), updated_at = now()
    where id = (select id from actions where campaign_id = ${campaign.id} and status = 'pending' limit 1)
    returning id`;
  if (confirmed.length === 0) return null;
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const shown = await pageTotal(origin, campaign.slug);
    if (shown !== null && shown >= expected) return { seconds: (Date.now() - started) / 1000, seen: true };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { seconds: timeoutMs / 1000, seen: false };
}

export async function pageTotal(origin: string, slug: string): Promise<number | null> {
  // identity: polling must not make the server gzip a page five times a second while A runs.
  const response = await fetch(`${origin}/campaigns/${slug}`, { headers: { accept: "text/html", "accept-encoding": "identity" } });
  return shownTotal(await response.text());
}
