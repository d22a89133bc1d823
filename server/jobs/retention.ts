import {
  clearOldMail,
  eraseClosedCampaignData,
  eraseExpiredIpHashes,
  reencryptOldRows,
  scrubHighRiskCampaigns,
  sealLegacyClearText,
} from "@/db/queries/retention";
import { cacheTags } from "@/lib/cache-tags";
import { env } from "@/lib/env";
import { expireCacheTags } from "@/server/cache/expire-tags";

/** Retention is measured in days and months: once an hour is prompt enough and costs nothing. */
export const retentionJobEveryMs = 60 * 60_000;

/** The erased campaigns' pages showed names and messages that are gone now (same route to the cache as the counter job). */
async function expireCampaignPages(slugs: string[]): Promise<void> {
  await expireCacheTags(slugs.map(cacheTags.campaign));
}

/**
 * One run of the retention job: personal data of campaigns closed longer than
 * RETENTION_MONTHS, IP hashes older than IP_HASH_RETENTION_DAYS or on a
 * high-risk campaign (with any public name there), and the
 * recipients and bodies of mail done for MAIL_RETENTION_DAYS; and, after a
 * key rotation, a batch of rows still sealed with an older key; and a batch of
 * cities and personal texts still in clear (written by a release older than
 * migration 0007 during a rolling deploy; migrating seals the rest).
 */
export async function runRetentionOnce(): Promise<void> {
  const { RETENTION_MONTHS, IP_HASH_RETENTION_DAYS, MAIL_RETENTION_DAYS } = env();
  const sealed = await sealLegacyClearText();
  const erased = await eraseClosedCampaignData({ months: RETENTION_MONTHS });
  const ipHashes = (await eraseExpiredIpHashes(IP_HASH_RETENTION_DAYS)) + (await scrubHighRiskCampaigns());
  const mail = await clearOldMail(MAIL_RETENTION_DAYS);
  const resealed = await reencryptOldRows();
  await expireCampaignPages(erased.map((campaign) => campaign.slug));
  if (sealed > 0) console.info(`[jobs] retention: ${sealed} action(s) with a city or personal text in clear sealed`);
  if (resealed > 0) console.info(`[jobs] retention: ${resealed} action(s) re-encrypted with the current key`);
  if (erased.length > 0 || ipHashes > 0 || mail > 0) {
    const actionsErased = erased.reduce((sum, campaign) => sum + campaign.erasedActions, 0);
    console.info(
      `[jobs] retention: ${erased.length} campaign(s) erased (${actionsErased} actions), ${ipHashes} row(s) with IP hashes or high-risk names cleared, ${mail} mail(s) cleared`,
    );
  }
}
