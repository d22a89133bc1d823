import { sql } from "drizzle-orm";
import { check, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { campaigns, campaignUpdates } from "./campaigns";
import { defenders } from "./people";

/**
 * Versions of a campaign's words in another language, written by its organisers
 * beside the original (campaigns.source_locale). A missing version falls back to
 * the original, with a visible "not yet translated" note (ADR 0023).
 */
export const campaignTranslations = pgTable(
  "campaign_translations",
  {
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    storyMarkdown: text("story_markdown").notNull().default(""),
    ask: text("ask").notNull().default(""),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.locale] }), check("campaign_translations_locale", sql`${t.locale} in ('en', 'fr', 'es', 'zh', 'ar')`)],
);

export const campaignUpdateTranslations = pgTable(
  "campaign_update_translations",
  {
    updateId: uuid("update_id")
      .notNull()
      .references(() => campaignUpdates.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.updateId, t.locale] }), check("campaign_update_translations_locale", sql`${t.locale} in ('en', 'fr', 'es', 'zh', 'ar')`)],
);

export const defenderTranslations = pgTable(
  "defender_translations",
  {
    defenderId: uuid("defender_id")
      .notNull()
      .references(() => defenders.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    profession: text("profession"),
    summary: text("summary").notNull(),
    storyMarkdown: text("story_markdown").notNull().default(""),
    photoAlt: text("photo_alt"),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.defenderId, t.locale] }), check("defender_translations_locale", sql`${t.locale} in ('en', 'fr', 'es', 'zh', 'ar')`)],
);
