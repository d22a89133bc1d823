/** Campaigns and database checks shared by the tweet, email, call, solidarity and post-it specs. */
import { createHash } from "node:crypto";
import { allCampaigns, type SeedCampaign } from "../demo-data";
import { e2eSql } from "../auth";
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
  personal_text: string | null;
  public_name: string | null;
  name_ciphertext: string | null;
}

/** Actions of a campaign recorded since `since`, newest first. */
export async function actionsSince(slug: string, since: Date): Promise<RecordedAction[]> {
  return e2eSql()<RecordedAction[]>`
    select a.kind, a.status, a.self_reported, a.text_hash, a.personal_text, a.public_name, a.name_ciphertext
    from actions a join campaigns c on c.id = a.campaign_id
    where c.slug = ${slug} and a.created_at >= ${since}
    order by a.id desc`;
}

export async function databaseNow(): Promise<Date> {
  const [row] = await e2eSql()<{ now: Date }[]>`select now() as now`;
  return row!.now;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
