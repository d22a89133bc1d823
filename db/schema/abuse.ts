import { integer, jsonb, pgTable, text, timestamp, uuid, index, uniqueIndex } from "drizzle-orm/pg-core";
import { listEntryKind, listType } from "./enums";
import { users } from "./auth";

/** Fixed-window rate-limit buckets, keyed like "sign:ip:<hash>" or "sign:domain:example.org". */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    points: integer("points").notNull().default(0),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("rate_limits_expires_idx").on(t.expiresAt)],
);

/** Block and allow lists for emails, email domains and IP ranges (IP values stored hashed). */
export const listEntries = pgTable(
  "list_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    list: listType("list").notNull(),
    kind: listEntryKind("kind").notNull(),
    /**
     * email: the canonical address; email_domain: the lower-case domain;
     * ip_range: keyed hash of the network address at `prefixLength` bits
     * ("203.0.113.0/24"), so the list never holds an IP in clear.
     */
    value: text("value").notNull(),
    /** ip_range only: the CIDR prefix length the value was hashed at. */
    prefixLength: integer("prefix_length"),
    reason: text("reason"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
  },
  (t) => [index("list_entries_lookup_idx").on(t.kind, t.value), uniqueIndex("list_entries_uq").on(t.list, t.kind, t.value)],
);

/** Settings changed without a deploy: rate limits, site-wide kill switches. */
export const siteSettings = pgTable("site_settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Proof-of-work solutions already used, so a solved challenge cannot be replayed before it expires. */
export const spentChallenges = pgTable(
  "spent_challenges",
  {
    signature: text("signature").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("spent_challenges_expires_idx").on(t.expiresAt)],
);
