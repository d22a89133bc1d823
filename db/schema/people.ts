import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  date,
  index,
  pgTable,
  text,
  timestamp,
  primaryKey,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { consentStatus, defenderEventKind, defenderStatus, requestStatus } from "./enums";
import { users } from "./auth";

/** Organisations that organisers belong to (not sign-on signatories, which are actions). */
export const organisations = pgTable("organisations", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  country: char("country", { length: 2 }),
  website: text("website"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const organiserRequests = pgTable(
  "organiser_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationName: text("organisation_name").notNull(),
    reason: text("reason").notNull(),
    status: requestStatus("status").notNull().default("pending"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organiser_requests_status_idx").on(t.status, t.createdAt)],
);

export const defenders = pgTable(
  "defenders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    nameNative: text("name_native"),
    /** ISO 3166-1 alpha-2 code of the country where the defender works or is held. */
    country: char("country", { length: 2 }).notNull(),
    profession: text("profession"),
    status: defenderStatus("status").notNull(),
    photoPath: text("photo_path"),
    photoAlt: text("photo_alt"),
    summary: text("summary").notNull(),
    storyMarkdown: text("story_markdown").notNull().default(""),
    /** The language the profile above is written in; versions in others: defender_translations. */
    sourceLocale: text("source_locale").notNull().default("en"),
    consentStatus: consentStatus("consent_status").notNull().default("unknown"),
    consentNote: text("consent_note"),
    /** Who gave consent (the defender, a named relative, their lawyer) and how (in person, by message...). */
    consentGivenBy: text("consent_given_by"),
    consentMethod: text("consent_method"),
    consentGivenOn: date("consent_given_on", { mode: "string" }),
    consentRecordedBy: text("consent_recorded_by").references(() => users.id, { onDelete: "set null" }),
    consentRecordedAt: timestamp("consent_recorded_at", { withTimezone: true }),
    /** "Go quiet": hides the defender and all their campaigns everywhere and stops outbound mail about them. */
    paused: boolean("paused").notNull().default(false),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("defenders_slug_uq").on(t.slug),
    index("defenders_country_status_idx").on(t.country, t.status),
    check("defenders_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export const defenderEvents = pgTable(
  "defender_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    defenderId: uuid("defender_id")
      .notNull()
      .references(() => defenders.id, { onDelete: "cascade" }),
    occurredOn: date("occurred_on", { mode: "string" }).notNull(),
    kind: defenderEventKind("kind").notNull(),
    text: text("text").notNull(),
    sourceUrl: text("source_url"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("defender_events_defender_idx").on(t.defenderId, t.occurredOn)],
);

/**
 * The organisers who look after a defender's profile: its creator, and whoever
 * they (or an admin) add. Only they may edit the profile, its consent record,
 * timeline and photo, name the defender on a campaign, or lift "go quiet".
 * Organising a campaign about the defender grants nothing by itself.
 */
export const defenderOrganisers = pgTable(
  "defender_organisers",
  {
    defenderId: uuid("defender_id")
      .notNull()
      .references(() => defenders.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    addedBy: text("added_by").references(() => users.id, { onDelete: "set null" }),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.defenderId, t.userId] }), index("defender_organisers_user_idx").on(t.userId)],
);
