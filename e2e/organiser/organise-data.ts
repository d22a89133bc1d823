/** Test data for the organiser specs, written straight to the e2e database. */
import { randomBytes } from "node:crypto";
import { e2eSql, type E2EUser } from "../auth";

export interface OrganisedCampaign {
  id: string;
  slug: string;
  title: string;
  defenderId: string;
  defenderSlug: string;
}

/** A campaign in `status` about a fresh defender (created by `owner`), organised by `owner`. */
export async function campaignOrganisedBy(owner: E2EUser, status: "draft" | "published" = "draft"): Promise<OrganisedCampaign> {
  const sql = e2eSql();
  const suffix = randomBytes(4).toString("hex");
  const title = `Organiser e2e campaign ${suffix}`;
  const [defender] = await sql<{ id: string; slug: string }[]>`
    insert into defenders (slug, name, country, status, summary, consent_status, created_by)
    values (${`org-e2e-defender-${suffix}`}, ${`Org E2E Defender ${suffix}`}, 'CN', 'detained', 'Made by an e2e test.', 'given', ${owner.id})
    returning id, slug`;
  const [campaign] = await sql<{ id: string; slug: string }[]>`
    insert into campaigns (slug, title, summary, status, published_at, action_kinds, created_by)
    values (${`org-e2e-${suffix}`}, ${title}, 'Made by an e2e test.', ${status}, ${status === "published" ? new Date() : null}, '{letter}', ${owner.id})
    returning id, slug`;
  await sql`insert into campaign_defenders (campaign_id, defender_id) values (${campaign!.id}, ${defender!.id})`;
  await sql`insert into campaign_organisers (campaign_id, user_id, role) values (${campaign!.id}, ${owner.id}, 'owner')`;
  await sql`insert into defender_organisers (defender_id, user_id, added_by) values (${defender!.id}, ${owner.id}, ${owner.id})`;
  return { id: campaign!.id, slug: campaign!.slug, title, defenderId: defender!.id, defenderSlug: defender!.slug };
}
