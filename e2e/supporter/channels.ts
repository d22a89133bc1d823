/** Campaigns and database checks shared by the tweet, email, call, solidarity and post-it specs. */
import { createHash } from "node:crypto";
import { allCampaigns, type SeedCampaign } from "../demo-data";
import { e2eSql } from "../auth";
import { openSealed } from "../sealed";
import type { ActionKind } from "../../db/schema/enums";

/** A published campaign of the demo data that asks for `kind` (and is high-risk or not, when given). */
export function campaignFor(kind: ActionKind, options: { highRisk?: boolean } = {}): SeedCampaign {
  const found = allCampaigns.find(
    (c) =>
      c.status === "published" &&
      c.actionKinds.includes(kind) &&
      (options.highRisk === undefined || c.highRisk === options.highRisk),
  );
  if (!found) throw new Error(`The demo data has no published campaign asking for ${kind}.`);
  return found;
}

export interface RecordedAction {
  kind: string;
  status: string;
  self_reported: boolean;
  text_hash: string | null;
  /** Opened from personal_text_ciphertext (sealed at rest). */
  personal_text: string | null;
  /** The clear legacy column: always null for anything written since migration 0007. */
  legacy_personal_text: string | null;
  public_name: string | null;
  name_ciphertext: string | null;
}

/** Actions of a campaign recorded since `since`, newest first. */
export async function actionsSince(slug: string, since: Date): Promise<RecordedAction[]> {
  const rows = await e2eSql()<(Omit<RecordedAction, "personal_text"> & { sealed_text: string | null })[]>`
    select a.kind, a.status, a.self_reported, a.text_hash, a.personal_text_ciphertext as sealed_text,
      a.personal_text as legacy_personal_text, a.public_name, a.name_ciphertext
    from actions a join campaigns c on c.id = a.campaign_id
    where c.slug = ${slug} and a.created_at >= ${since}
    order by a.id desc`;
  return rows.map(({ sealed_text, ...row }) => ({ ...row, personal_text: openSealed(sealed_text) }));
}

export async function databaseNow(): Promise<Date> {
  const [row] = await e2eSql()<{ now: Date }[]>`select now() as now`;
  return row!.now;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
