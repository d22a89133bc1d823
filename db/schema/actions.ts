import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  check,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { actionKind, actionStatus } from "./enums";
import { users } from "./auth";
import { campaigns } from "./campaigns";
import { targets } from "./targets";
import { partnerSources } from "./partners";

/**
 * One row per thing a supporter did. Kind-specific columns are nullable; the
 * personal ones are stored encrypted (AES-256-GCM) and deduped by a keyed HMAC
 * of the canonical email, so the clear address is never needed to find a repeat.
 */
export const actions = pgTable(
  "actions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "restrict" }),
    kind: actionKind("kind").notNull(),
    status: actionStatus("status").notNull().default("pending"),
    targetId: uuid("target_id").references(() => targets.id, { onDelete: "set null" }),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    /** HMAC-SHA256 of the canonical email; null for kinds that collect no email. */
    emailHash: text("email_hash"),
    emailCiphertext: text("email_ciphertext"),
    /** Lower-case domain of the email, for the abuse tools (trending, block lists, invalidation); erased with the rest. */
    emailDomain: text("email_domain"),
    nameCiphertext: text("name_ciphertext"),
    /** Set only when the supporter agreed to be named publicly. */
    publicName: text("public_name"),
    showName: boolean("show_name").notNull().default(false),
    wantsUpdates: boolean("wants_updates").notNull().default(false),
    /** ISO code of the supporter's country of residence, or of a signing organisation. */
    country: char("country", { length: 2 }),
    /** The supporter's town or city, sealed like the name (lib/crypto encryptOptional); null when not given. */
    cityCiphertext: text("city_ciphertext"),
    language: text("language"),
    /** The interface language the supporter used (i18n/config locales): their confirmation and update mail are written in it. */
    locale: text("locale"),
    /**
     * Letter: the supporter's own paragraph. Solidarity: the message. Call: the outcome note.
     * Sealed like the name; null when blank. Repeats are found by text_hash, never by the text.
     */
    personalTextCiphertext: text("personal_text_ciphertext"),
    /**
     * Legacy clear columns, written before migration 0007 only. Nothing reads or writes them but
     * sealLegacyClearText (db/queries/retention.ts), which moves what is left into the sealed
     * columns at every migration and hourly, and leaves them null. A later migration drops them.
     */
    legacyCity: text("city"),
    legacyPersonalText: text("personal_text"),
    /** Letter: the supporter asked for their paragraph to be shown on the campaign page (after moderation). */
    showText: boolean("show_text").notNull().default(false),
    organisationName: text("organisation_name"),
    organisationWebsite: text("organisation_website"),
    /** Tweets: hash of the text that was offered, to see which templates are used. */
    textHash: text("text_hash"),
    /** "I posted it / I phoned": counted apart from confirmed actions. */
    selfReported: boolean("self_reported").notNull().default(false),
    /** The partner source the supporter came through (embed or ?source=<code>); null when none. */
    partnerSourceId: uuid("partner_source_id").references(() => partnerSources.id, { onDelete: "set null" }),
    /** The supporter ticked "the partner may contact me": only then may the partner download this row. */
    partnerContactConsent: boolean("partner_contact_consent").notNull().default(false),
    /** Whether the proof-of-work captcha was solved; without JavaScript it cannot be, and stricter limits apply. */
    powVerified: boolean("pow_verified").notNull().default(false),
    /** Salted hash of the client IP, kept for the abuse window only; never on high-risk campaigns. */
    ipHash: text("ip_hash"),
    idempotencyKey: text("idempotency_key").notNull(),
    confirmTokenHash: text("confirm_token_hash"),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    invalidationId: uuid("invalidation_id"),
    /** The status an invalidation replaced, so undoing it restores exactly that. */
    invalidatedFrom: actionStatus("invalidated_from"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One action per campaign x kind x person; NULL hashes (tweets, anonymous calls) never collide.
    uniqueIndex("actions_dedupe_uq").on(t.campaignId, t.kind, t.emailHash),
    uniqueIndex("actions_idempotency_uq").on(t.idempotencyKey),
    uniqueIndex("actions_confirm_token_uq").on(t.confirmTokenHash),
    // Ends with id so per-campaign exports and reconciliation walk one campaign in id order.
    index("actions_campaign_status_kind_id_idx").on(t.campaignId, t.status, t.kind, t.id),
    index("actions_confirmed_at_idx").on(t.confirmedAt).where(sql`${t.status} = 'confirmed'`),
    // Issue #16 item 6 (migration 0012, docs/performance.md): two narrow covering indexes of the
    // confirmed rows, so that the delivery tab's letters-per-target count and the per-campaign
    // counter recount are index-only scans of one campaign's entries, not scans of all of actions.
    // Two rather than one with all six columns: that one was larger than both together (128 MB
    // against 93 + 7 MB at 1.1M rows) and the planner passed it over for a campaign holding most of
    // the table. db/queries/actions-plans.test.ts checks the plans.
    index("actions_delivered_by_target_idx")
      .on(t.campaignId, t.kind, t.targetId)
      .where(sql`${t.status} = 'confirmed' and not ${t.selfReported}`),
    index("actions_confirmed_recount_idx")
      .on(t.campaignId, t.kind, t.country, t.selfReported, t.confirmedAt)
      .where(sql`${t.status} = 'confirmed'`),
    index("actions_ip_hash_idx").on(t.ipHash, t.createdAt).where(sql`${t.ipHash} is not null`),
    index("actions_user_idx").on(t.userId).where(sql`${t.userId} is not null`),
    index("actions_email_domain_idx").on(t.emailDomain, t.createdAt).where(sql`${t.emailDomain} is not null`),
    index("actions_text_hash_idx").on(t.textHash, t.createdAt).where(sql`${t.textHash} is not null`),
    index("actions_partner_source_idx").on(t.partnerSourceId, t.status).where(sql`${t.partnerSourceId} is not null`),
    index("actions_invalidation_idx").on(t.invalidationId).where(sql`${t.invalidationId} is not null`),
    // Empty once the legacy clear text is sealed: the hourly check for leftovers costs nothing.
    index("actions_legacy_clear_text_idx").on(t.id).where(sql`${t.legacyCity} is not null or ${t.legacyPersonalText} is not null`),
  ],
);

/**
 * Batched counts per campaign x kind x country. Written only by the counter job
 * (never one UPDATE per action); country '--' stands for "not given".
 */
export const actionCounters = pgTable(
  "action_counters",
  {
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    kind: actionKind("kind").notNull(),
    country: char("country", { length: 2 }).notNull().default("--"),
    confirmed: bigint("confirmed", { mode: "number" }).notNull().default(0),
    selfReported: bigint("self_reported", { mode: "number" }).notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.kind, t.country] })],
);

/** Where each background job stopped reading (the counter job's confirmed_at watermark). */
export const jobWatermarks = pgTable("job_watermarks", {
  name: text("name").primaryKey(),
  position: timestamp("position", { withTimezone: true }).notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A bulk invalidation (by IP hash, domain, campaign, window): reversible, so it is kept. */
export const invalidationStatuses = ["queued", "running", "done", "reverting", "reverted", "failed"] as const;

export const invalidations = pgTable(
  "invalidations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Human summary of the filter, for lists and the audit log. */
    criteria: text("criteria").notNull(),
    /** The filter itself (ipHash, emailDomain, campaignId, from, to), as validated by the admin form. */
    filter: jsonb("filter").notNull().default(sql`'{}'::jsonb`),
    status: text("status", { enum: invalidationStatuses }).notNull().default("queued"),
    /** Rows the preview counted when the admin confirmed. */
    previewCount: bigint("preview_count", { mode: "number" }).notNull().default(0),
    affected: bigint("affected", { mode: "number" }).notNull().default(0),
    lastError: text("last_error"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    revertedBy: text("reverted_by").references(() => users.id, { onDelete: "set null" }),
    revertedAt: timestamp("reverted_at", { withTimezone: true }),
  },
  (t) => [
    index("invalidations_status_idx").on(t.status, t.createdAt),
    check("invalidations_status_check", sql`${t.status} in ('queued', 'running', 'done', 'reverting', 'reverted', 'failed')`),
  ],
);
