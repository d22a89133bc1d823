import type postgres from "postgres";

/**
 * The hot queries of issue #6 as the app sends them (db/queries/delivery.ts,
 * counters.ts, public-campaign-page.ts, signatures.ts), EXPLAIN ANALYZEd on
 * the seeded campaign: how long each takes and whether it reads the whole
 * actions table. Keep in step with those files when they change.
 */
export function hotQueries(campaignId: string, midId: number): Record<string, string> {
  const letters = `a.campaign_id = '${campaignId}' and a.kind = 'letter' and a.status = 'confirmed' and a.self_reported = false`;
  return {
    "export batch (first)": `select a.id, a.confirmed_at, a.name_ciphertext, a.city_ciphertext, a.country, t.name from actions a
      left join targets t on t.id = a.target_id where ${letters} and a.id > 0 order by a.id limit 1000`,
    "export batch (middle)": `select a.id, a.confirmed_at, a.name_ciphertext, a.city_ciphertext, a.country, t.name from actions a
      left join targets t on t.id = a.target_id where ${letters} and a.id > ${midId} order by a.id limit 1000`,
    "counter job (last 2 s)": `select campaign_id, kind, country, count(*) from actions
      where status = 'confirmed' and confirmed_at >= now() - interval '3 seconds' and confirmed_at < now() - interval '1 second'
      group by campaign_id, kind, country`,
    // The shape of recordPendingSignature's repeat-signer update: the row by actions_dedupe_uq, its status after.
    "dedupe lookup (repeat signer)": `select id from actions where id = (select id from actions where campaign_id = '${campaignId}'
      and kind = 'letter' and email_hash = md5('bench-seed-4242')) and status = 'pending'`,
    "solidarity wall": `select a.id, a.public_name, a.country, a.personal_text_ciphertext from actions a join campaigns c on c.id = a.campaign_id
      where c.id = '${campaignId}' and a.status = 'confirmed' and a.kind = 'solidarity' and a.personal_text_ciphertext is not null
      order by a.confirmed_at desc, a.id desc limit 60`,
    "campaign progress": `select kind, country, confirmed, self_reported from action_counters where campaign_id = '${campaignId}'`,
    "delivery tab: letters per target": `select target_id, count(*) from actions a where ${letters} group by target_id`,
    "reconcile one campaign": `select kind, coalesce(country, '--'), count(*) from actions
      where campaign_id = '${campaignId}' and status = 'confirmed' group by kind, coalesce(country, '--')`,
  };
}

export interface ExplainedQuery {
  name: string;
  ms: number;
  plan: string;
  seqScanOnActions: boolean;
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

function describe(node: PlanNode): string[] {
  const here = [node["Node Type"], node["Index Name"] ?? node["Relation Name"]].filter(Boolean).join(" ");
  return [here, ...(node.Plans ?? []).flatMap(describe)];
}

export async function explainHotQueries(sql: postgres.Sql, campaignId: string): Promise<ExplainedQuery[]> {
  const [middle] = await sql<{ id: number }[]>`
    select id from actions where campaign_id = ${campaignId} order by id offset (select count(*) / 2 from actions where campaign_id = ${campaignId}) limit 1`;
  const out: ExplainedQuery[] = [];
  for (const [name, query] of Object.entries(hotQueries(campaignId, Number(middle?.id ?? 0)))) {
    const [row] = await sql.unsafe(`explain (analyze, buffers, format json) ${query}`);
    const explained = (row as Record<string, unknown>)["QUERY PLAN"] as { Plan: PlanNode; "Execution Time": number }[];
    const nodes = describe(explained[0]!.Plan);
    out.push({
      name,
      ms: Math.round(explained[0]!["Execution Time"] * 10) / 10,
      plan: nodes.join(" > "),
      seqScanOnActions: nodes.some((node) => node === "Seq Scan actions"),
    });
  }
  return out;
}
