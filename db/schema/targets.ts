import { sql } from "drizzle-orm";
import { bigserial, boolean, char, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { channelEventKind, requestStatus, targetChannel, targetKind } from "./enums";

export type ChannelHealth = Partial<
  Record<"email" | "phone" | "post" | "x" | "bluesky", { ok: boolean; checkedAt: string; note?: string }>
>;

/** Who supporters write to: embassies, ministries, UN missions, officials, organisations. */
export const targets = pgTable(
  "targets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: targetKind("kind").notNull(),
    honorific: text("honorific"),
    name: text("name").notNull(),
    title: text("title"),
    /** ISO code of the state this target speaks for (PRC for the Chinese embassy in Ottawa). */
    representedState: char("represented_state", { length: 2 }),
    /** ISO code of the country where the target sits (CA for the Chinese embassy in Ottawa). */
    hostCountry: char("host_country", { length: 2 }),
    addressLines: text("address_lines").array().notNull().default(sql`'{}'::text[]`),
    city: text("city"),
    postcode: text("postcode"),
    phone: text("phone"),
    email: text("email"),
    xHandle: text("x_handle"),
    blueskyHandle: text("bluesky_handle"),
    website: text("website"),
    /** BCP 47 tag of the language letters to this target should be written in. */
    language: text("language").notNull().default("en"),
    /** Demo or unverified contact details: shown, but never used to send anything. */
    isExample: boolean("is_example").notNull().default(true),
    channelHealth: jsonb("channel_health").$type<ChannelHealth>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("targets_resolution_idx").on(t.representedState, t.hostCountry, t.kind),
    index("targets_name_idx").on(t.name),
  ],
);

export type Target = typeof targets.$inferSelect;

/** Contact fields of a target that a revision can change. */
export type TargetRevisionFields = Partial<
  Pick<
    typeof targets.$inferInsert,
    | "kind"
    | "honorific"
    | "name"
    | "title"
    | "representedState"
    | "hostCountry"
    | "addressLines"
    | "city"
    | "postcode"
    | "phone"
    | "email"
    | "xHandle"
    | "blueskyHandle"
    | "website"
    | "language"
    | "isExample"
  >
>;

/**
 * A change to a target that other organisers' campaigns rely on: held here
 * until an admin approves it, so supporters never see an unreviewed contact
 * detail. `changes` holds only the fields that differ from the live target.
 */
export const targetRevisions = pgTable(
  "target_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    targetId: uuid("target_id")
      .notNull()
      .references(() => targets.id, { onDelete: "cascade" }),
    changes: jsonb("changes").$type<TargetRevisionFields>().notNull(),
    status: requestStatus("status").notNull().default("pending"),
    proposedBy: text("proposed_by").references(() => users.id, { onDelete: "set null" }),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionReason: text("decision_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("target_revisions_target_status_idx").on(t.targetId, t.status, t.createdAt)],
);

/**
 * What happened to one channel of a target (ADR 0028): organisers' marks
 * ("failing", "working again"), hard bounces of mail the outbox sent to the
 * address, and supporters' "this address bounced" reports. Append-only; the
 * channel's health is derived from these rows (lib/targets/health.ts).
 * `reporterHash` identifies a reporting supporter for deduplication only: a
 * hash of their request's address hash with the target and channel, so it
 * links to nothing else stored.
 */
export const targetChannelEvents = pgTable(
  "target_channel_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    targetId: uuid("target_id")
      .notNull()
      .references(() => targets.id, { onDelete: "cascade" }),
    channel: targetChannel("channel").notNull(),
    kind: channelEventKind("kind").notNull(),
    reason: text("reason"),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    reporterHash: text("reporter_hash"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("target_channel_events_target_idx").on(t.targetId, t.channel, t.createdAt)],
);

export type TargetChannelEvent = typeof targetChannelEvents.$inferSelect;
