import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { campaignDefenders, campaigns, defenders } from "@/db/schema";
import { correlated } from "./correlated";

const namesOfDefenders = () => sql`(
  select array_agg(${defenders.name}) from ${campaignDefenders}
  join ${defenders} on ${defenders.id} = ${campaignDefenders.defenderId}
  where ${campaignDefenders.campaignId} = ${campaigns.id})`;

describe("correlated", () => {
  it("keeps table names that Drizzle drops in a select field of a single-table query", () => {
    const plain = new QueryBuilder().select({ names: namesOfDefenders() }).from(campaigns).toSQL().sql;
    // What broke the public pages: the subquery compared its own columns.
    expect(plain).toContain(`where "campaign_id" = "id"`);

    const fixed = new QueryBuilder().select({ names: correlated<string[]>(namesOfDefenders()) }).from(campaigns).toSQL().sql;
    expect(fixed).toContain(`where "campaign_defenders"."campaign_id" = "campaigns"."id"`);
    expect(fixed).toContain(`on "defenders"."id" = "campaign_defenders"."defender_id"`);
  });

  it("is also right when the query joins (Drizzle qualifies columns itself then)", () => {
    const joined = new QueryBuilder()
      .select({ names: correlated<string[]>(namesOfDefenders()) })
      .from(campaigns)
      .innerJoin(campaignDefenders, sql`true`)
      .toSQL().sql;
    expect(joined).toContain(`where "campaign_defenders"."campaign_id" = "campaigns"."id"`);
  });
});

/** Every `name: sql\`…\`` template in db/queries whose text is a subquery naming a column through `${table.column}`. */
function unwrappedSubqueryFields(source: string): string[] {
  const found: string[] = [];
  const start = /(\w+):\s*sql(?:<[^`]*?>)?`/g;
  for (let match = start.exec(source); match; match = start.exec(source)) {
    let depth = 0;
    let end = start.lastIndex;
    for (; end < source.length; end++) {
      const char = source[end];
      if (depth === 0 && char === "`") break;
      if (char === "$" && source[end + 1] === "{") depth++;
      else if (char === "}" && depth > 0) depth--;
    }
    const text = source.slice(start.lastIndex, end);
    if (/\bselect\b/i.test(text) && /\$\{\s*\w+\.\w+\s*\}/.test(text)) found.push(`${match[1]}: ${text.replace(/\s+/g, " ").slice(0, 80)}`);
  }
  return found;
}

describe("select fields in db/queries", () => {
  it("the scanner finds the pattern that broke getCampaignForAction", () => {
    const broken = "defenderNames: sql<string[]>`coalesce((select array_agg(${defenders.name}) from ${campaignDefenders} where ${campaignDefenders.campaignId} = ${campaigns.id}), '{}')`,";
    expect(unwrappedSubqueryFields(broken)).toHaveLength(1);
    expect(unwrappedSubqueryFields(broken.replace("sql<string[]>`", "correlated<string[]>(sql`"))).toEqual([]);
  });

  it("write every subquery that names a column through correlated()", () => {
    const folder = fileURLToPath(new URL(".", import.meta.url));
    const offenders = readdirSync(folder)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .flatMap((file) => unwrappedSubqueryFields(readFileSync(`${folder}/${file}`, "utf8")).map((field) => `${file}: ${field}`));
    expect(offenders).toEqual([]);
  });
});
