import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  actionKind,
  campaignOrganiserRole,
  campaignStatus,
  campaignTargetRule,
  campaignUpdateKind,
  defenderStatus,
  templateKind,
} from "./enums";
import { users } from "./auth";
import { defenders } from "./people";
import { targets } from "./targets";

export const campaigns = pgTable(
  "campaigns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    storyMarkdown: text("story_markdown").notNull().default(""),
    /** What supporters are asked for, in one or two sentences ("Release Dong Guangping..."). */
    ask: text("ask").notNull().default(""),
    /** The language the title, summary, story and ask above (and the updates) are written in; versions in others: campaign_translations. */
    sourceLocale: text("source_locale").notNull().default("en"),
    status: campaignStatus("status").notNull().default("draft"),
    goal: integer("goal"),
    deadline: timestamp("deadline", { withTimezone: true }),
    hashtags: text("hashtags").array().notNull().default(sql`'{}'::text[]`),
    highRisk: boolean("high_risk").notNull().default(false),
    actionKinds: actionKind("action_kinds").array().notNull().default(sql`'{}'::action_kind[]`),
    featured: boolean("featured").notNull().default(false),
    /**
     * Sites allowed to frame this campaign's embeddable actions (/embed/campaigns/<slug>/<kind>), as
     * origins ("https://partner.example"); empty = no site may frame them. Every other page keeps
     * frame-ancestors 'none'.
     */
    embedOrigins: text("embed_origins").array().notNull().default(sql`'{}'::text[]`),
    /** Kill switch: stop collecting new actions while the page stays up. */
    collectionPaused: boolean("collection_paused").notNull().default(false),
    /** Kill switch: hold every mail about this campaign (confirmations, updates) in the outbox. */
    mailPaused: boolean("mail_paused").notNull().default(false),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /**
     * An admin published (or kept published) this campaign although a defender's
     * consent is not recorded as given: who, when and why (also in the audit log).
     */
    consentOverrideBy: text("consent_override_by").references(() => users.id, { onDelete: "set null" }),
    consentOverrideAt: timestamp("consent_override_at", { withTimezone: true }),
    consentOverrideReason: text("consent_override_reason"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("campaigns_slug_uq").on(t.slug),
    index("campaigns_status_idx").on(t.status, t.publishedAt),
    check("campaigns_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("campaigns_goal_positive", sql`${t.goal} is null or ${t.goal} > 0`),
  ],
);

export const campaignDefenders = pgTable(
  "campaign_defenders",
  {
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    defenderId: uuid("defender_id")
      .notNull()
      .references(() => defenders.id, { onDelete: "restrict" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.defenderId] }), index("campaign_defenders_defender_idx").on(t.defenderId)],
);

export const campaignOrganisers = pgTable(
  "campaign_organisers",
  {
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: campaignOrganiserRole("role").notNull().default("editor"),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.userId] }), index("campaign_organisers_user_idx").on(t.userId)],
);

/** Pending invitations of co-organisers who may not have an account yet. */
export const campaignInvitations = pgTable(
  "campaign_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("campaign_invitations_campaign_idx").on(t.campaignId)],
);

/** The responsible-state rule: see campaignTargetRules in enums.ts. */
export const campaignTargets = pgTable(
  "campaign_targets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    rule: campaignTargetRule("rule").notNull(),
    responsibleState: char("responsible_state", { length: 2 }),
    targetId: uuid("target_id").references(() => targets.id, { onDelete: "restrict" }),
    /** Which action kinds this target is for; empty means every enabled kind. */
    actionKinds: actionKind("action_kinds").array().notNull().default(sql`'{}'::action_kind[]`),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    index("campaign_targets_campaign_idx").on(t.campaignId),
    index("campaign_targets_target_idx").on(t.targetId),
    check(
      "campaign_targets_rule_shape",
      sql`(${t.rule} = 'embassy' and ${t.responsibleState} is not null and ${t.targetId} is null)
        or (${t.rule} = 'fallback' and ${t.responsibleState} is not null and ${t.targetId} is not null)
        or (${t.rule} = 'fixed' and ${t.targetId} is not null)`,
    ),
  ],
);

export const templates = pgTable(
  "templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    kind: templateKind("kind").notNull(),
    language: text("language").notNull().default("en"),
    /** A tweet template may be written for one target; null means any target. */
    targetId: uuid("target_id").references(() => targets.id, { onDelete: "cascade" }),
    subject: text("subject"),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("templates_campaign_kind_lang_target_uq")
      .on(t.campaignId, t.kind, t.language, t.targetId)
      .nullsNotDistinct(),
  ],
);

/** Timeline entries on a campaign: news, hearings, outcomes. */
export const campaignUpdates = pgTable(
  "campaign_updates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    kind: campaignUpdateKind("kind").notNull().default("update"),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    occurredOn: date("occurred_on", { mode: "string" }).notNull(),
    /** When set, posting the update also moved the campaign's defenders to this status. */
    setsDefenderStatus: defenderStatus("sets_defender_status"),
    notifySigners: boolean("notify_signers").notNull().default(false),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("campaign_updates_campaign_idx").on(t.campaignId, t.occurredOn)],
);

/** Lifecycle transitions (draft -> in_review -> published ...), who made them and when. */
export const campaignStatusChanges = pgTable(
  "campaign_status_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    fromStatus: campaignStatus("from_status"),
    toStatus: campaignStatus("to_status").notNull(),
    changedBy: text("changed_by").references(() => users.id, { onDelete: "set null" }),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("campaign_status_changes_campaign_idx").on(t.campaignId, t.changedAt)],
);

/** What was handed to a target (printed letters, CSV, email) and how they answered. */
export const deliveries = pgTable(
  "deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    targetId: uuid("target_id").references(() => targets.id, { onDelete: "set null" }),
    deliveredOn: date("delivered_on", { mode: "string" }).notNull(),
    method: text("method").notNull(),
    actionCount: integer("action_count").notNull().default(0),
    response: text("response"),
    deliveredBy: text("delivered_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("deliveries_campaign_idx").on(t.campaignId, t.deliveredOn)],
);
