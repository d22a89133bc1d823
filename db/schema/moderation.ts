import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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

/** Automated pre-screening results and the short review lock an admin takes on an item. */
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
  (t) => [index("moderation_flags_subject_idx").on(t.subjectType, t.subjectId)],
);
