import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { campaigns } from "./campaigns";

/**
 * A partner organisation that brings supporters to one campaign, through its embed or a link
 * with ?source=<code>. Actions taken that way record the source (actions.partner_source_id).
 */
export const partnerSources = pgTable(
  "partner_sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    /** Short code used in links and embeds (?source=<code>), unique within the campaign. */
    code: text("code").notNull(),
    name: text("name").notNull(),
    /** The partner's own site, shown to supporters who came through it ("https://partner.example"). */
    siteUrl: text("site_url"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Archived sources stop being recorded on new actions; past actions keep them. */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("partner_sources_campaign_code_uq").on(t.campaignId, t.code),
    check("partner_sources_code_format", sql`${t.code} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.code}) <= 40`),
  ],
);

/**
 * People who act for a partner source: they may download that source's supporters who agreed
 * to be contacted by the partner (actions.partner_contact_consent), and nothing else.
 */
export const partnerSourceMembers = pgTable(
  "partner_source_members",
  {
    partnerSourceId: uuid("partner_source_id")
      .notNull()
      .references(() => partnerSources.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    addedBy: text("added_by").references(() => users.id, { onDelete: "set null" }),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.partnerSourceId, t.userId] }), index("partner_source_members_user_idx").on(t.userId)],
);
