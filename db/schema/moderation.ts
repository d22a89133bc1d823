import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { moderationSubject, moderationVerdict } from "./enums";
import { users } from "./auth";

export const moderationReasons = pgTable("moderation_reasons", {
  id: uuid("id").primaryKey().defaultRandom(),
  label: text("label").notNull().unique(),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Every approve / reject / spam verdict, on any kind of item the public or organisers wrote. */
export const moderationDecisions = pgTable(
  "moderation_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    subjectType: moderationSubject("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    verdict: moderationVerdict("verdict").notNull(),
    reasonId: uuid("reason_id").references(() => moderationReasons.id, { onDelete: "set null" }),
    note: text("note"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("moderation_decisions_subject_idx").on(t.subjectType, t.subjectId)],
);

/**
 * One row per item that needs a moderator or was looked at: the automated
 * pre-screening flags (empty array when nothing was found) and the short
 * review lock an admin takes on it. Unique per subject so both are upserts.
 */
export const moderationFlags = pgTable(
  "moderation_flags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    subjectType: moderationSubject("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    flags: text("flags").array().notNull(),
    lockedBy: text("locked_by").references(() => users.id, { onDelete: "set null" }),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("moderation_flags_subject_uq").on(t.subjectType, t.subjectId)],
);
