CREATE TYPE "public"."action_kind" AS ENUM('letter', 'tweet', 'email', 'call', 'solidarity', 'org_signon');--> statement-breakpoint
CREATE TYPE "public"."action_status" AS ENUM('pending', 'confirmed', 'rejected', 'spam', 'invalidated');--> statement-breakpoint
CREATE TYPE "public"."campaign_organiser_role" AS ENUM('owner', 'editor');--> statement-breakpoint
CREATE TYPE "public"."campaign_status" AS ENUM('draft', 'in_review', 'published', 'paused', 'closed', 'won');--> statement-breakpoint
CREATE TYPE "public"."campaign_target_rule" AS ENUM('embassy', 'fallback', 'fixed');--> statement-breakpoint
CREATE TYPE "public"."campaign_update_kind" AS ENUM('update', 'hearing', 'sentenced', 'transferred', 'released', 'acquitted', 'disappeared', 'outcome');--> statement-breakpoint
CREATE TYPE "public"."consent_status" AS ENUM('unknown', 'given', 'given_by_family', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."defender_event_kind" AS ENUM('arrest', 'charge', 'trial', 'sentence', 'transfer', 'release', 'award', 'statement', 'disappearance', 'death', 'other');--> statement-breakpoint
CREATE TYPE "public"."defender_status" AS ENUM('detained', 'disappeared', 'on_trial', 'harassed', 'in_exile', 'released', 'killed');--> statement-breakpoint
CREATE TYPE "public"."list_entry_kind" AS ENUM('email', 'email_domain', 'ip_range');--> statement-breakpoint
CREATE TYPE "public"."list_type" AS ENUM('block', 'allow');--> statement-breakpoint
CREATE TYPE "public"."mail_status" AS ENUM('queued', 'sending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."moderation_subject" AS ENUM('action', 'campaign', 'defender', 'organiser_request');--> statement-breakpoint
CREATE TYPE "public"."moderation_verdict" AS ENUM('approve', 'reject', 'spam');--> statement-breakpoint
CREATE TYPE "public"."request_status" AS ENUM('pending', 'granted', 'refused');--> statement-breakpoint
CREATE TYPE "public"."target_kind" AS ENUM('embassy', 'ministry', 'un_mission', 'official', 'organisation');--> statement-breakpoint
CREATE TYPE "public"."template_kind" AS ENUM('letter', 'email', 'tweet', 'call_script', 'solidarity_prompt');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('supporter', 'organiser', 'admin');--> statement-breakpoint
CREATE TABLE "accounts" (
	"user_id" text NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"session_token" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text,
	"email" text,
	"email_verified" timestamp with time zone,
	"image" text,
	"role" "user_role" DEFAULT 'supporter' NOT NULL,
	"organisation_id" uuid,
	"suspended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
CREATE TABLE "defender_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"defender_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"kind" "defender_event_kind" NOT NULL,
	"text" text NOT NULL,
	"source_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "defenders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"name_native" text,
	"country" char(2) NOT NULL,
	"profession" text,
	"status" "defender_status" NOT NULL,
	"photo_path" text,
	"photo_alt" text,
	"summary" text NOT NULL,
	"story_markdown" text DEFAULT '' NOT NULL,
	"consent_status" "consent_status" DEFAULT 'unknown' NOT NULL,
	"consent_note" text,
	"consent_recorded_by" text,
	"consent_recorded_at" timestamp with time zone,
	"paused" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "defenders_slug_format" CHECK ("defenders"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"country" char(2),
	"website" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "organiser_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"organisation_name" text NOT NULL,
	"reason" text NOT NULL,
	"status" "request_status" DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "target_kind" NOT NULL,
	"honorific" text,
	"name" text NOT NULL,
	"title" text,
	"represented_state" char(2),
	"host_country" char(2),
	"address_lines" text[] DEFAULT '{}'::text[] NOT NULL,
	"city" text,
	"postcode" text,
	"phone" text,
	"email" text,
	"x_handle" text,
	"bluesky_handle" text,
	"website" text,
	"language" text DEFAULT 'en' NOT NULL,
	"is_example" boolean DEFAULT true NOT NULL,
	"channel_health" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_defenders" (
	"campaign_id" uuid NOT NULL,
	"defender_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "campaign_defenders_campaign_id_defender_id_pk" PRIMARY KEY("campaign_id","defender_id")
);
--> statement-breakpoint
CREATE TABLE "campaign_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" text,
	"accepted_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "campaign_organisers" (
	"campaign_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"role" "campaign_organiser_role" DEFAULT 'editor' NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_organisers_campaign_id_user_id_pk" PRIMARY KEY("campaign_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "campaign_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"from_status" "campaign_status",
	"to_status" "campaign_status" NOT NULL,
	"changed_by" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"rule" "campaign_target_rule" NOT NULL,
	"responsible_state" char(2),
	"target_id" uuid,
	"action_kinds" "action_kind"[] DEFAULT '{}'::action_kind[] NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "campaign_targets_rule_shape" CHECK (("campaign_targets"."rule" = 'embassy' and "campaign_targets"."responsible_state" is not null and "campaign_targets"."target_id" is null)
        or ("campaign_targets"."rule" = 'fallback' and "campaign_targets"."responsible_state" is not null and "campaign_targets"."target_id" is not null)
        or ("campaign_targets"."rule" = 'fixed' and "campaign_targets"."target_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "campaign_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"kind" "campaign_update_kind" DEFAULT 'update' NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"occurred_on" date NOT NULL,
	"sets_defender_status" "defender_status",
	"notify_signers" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"story_markdown" text DEFAULT '' NOT NULL,
	"ask" text DEFAULT '' NOT NULL,
	"status" "campaign_status" DEFAULT 'draft' NOT NULL,
	"goal" integer,
	"deadline" timestamp with time zone,
	"hashtags" text[] DEFAULT '{}'::text[] NOT NULL,
	"high_risk" boolean DEFAULT false NOT NULL,
	"action_kinds" "action_kind"[] DEFAULT '{}'::action_kind[] NOT NULL,
	"featured" boolean DEFAULT false NOT NULL,
	"collection_paused" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_slug_format" CHECK ("campaigns"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "campaigns_goal_positive" CHECK ("campaigns"."goal" is null or "campaigns"."goal" > 0)
);
--> statement-breakpoint
CREATE TABLE "deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"target_id" uuid,
	"delivered_on" date NOT NULL,
	"method" text NOT NULL,
	"action_count" integer DEFAULT 0 NOT NULL,
	"response" text,
	"delivered_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"kind" "template_kind" NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"target_id" uuid,
	"subject" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "templates_campaign_kind_lang_target_uq" UNIQUE NULLS NOT DISTINCT("campaign_id","kind","language","target_id")
);
--> statement-breakpoint
CREATE TABLE "action_counters" (
	"campaign_id" uuid NOT NULL,
	"kind" "action_kind" NOT NULL,
	"country" char(2) DEFAULT '--' NOT NULL,
	"confirmed" bigint DEFAULT 0 NOT NULL,
	"self_reported" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_counters_campaign_id_kind_country_pk" PRIMARY KEY("campaign_id","kind","country")
);
--> statement-breakpoint
CREATE TABLE "actions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "actions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"campaign_id" uuid NOT NULL,
	"kind" "action_kind" NOT NULL,
	"status" "action_status" DEFAULT 'pending' NOT NULL,
	"target_id" uuid,
	"user_id" text,
	"email_hash" text,
	"email_ciphertext" text,
	"name_ciphertext" text,
	"public_name" text,
	"show_name" boolean DEFAULT false NOT NULL,
	"wants_updates" boolean DEFAULT false NOT NULL,
	"country" char(2),
	"city" text,
	"language" text,
	"personal_text" text,
	"organisation_name" text,
	"organisation_website" text,
	"text_hash" text,
	"self_reported" boolean DEFAULT false NOT NULL,
	"ip_hash" text,
	"idempotency_key" text NOT NULL,
	"confirm_token_hash" text,
	"confirmed_at" timestamp with time zone,
	"invalidation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invalidations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"criteria" text NOT NULL,
	"affected" bigint DEFAULT 0 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reverted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "job_watermarks" (
	"name" text PRIMARY KEY NOT NULL,
	"position" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" "moderation_subject" NOT NULL,
	"subject_id" text NOT NULL,
	"verdict" "moderation_verdict" NOT NULL,
	"reason_id" uuid,
	"note" text,
	"decided_by" text,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" "moderation_subject" NOT NULL,
	"subject_id" text NOT NULL,
	"flags" text[] NOT NULL,
	"locked_by" text,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_reasons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"label" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "moderation_reasons_label_unique" UNIQUE("label")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_id" text,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "list_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"list" "list_type" NOT NULL,
	"kind" "list_entry_kind" NOT NULL,
	"value" text NOT NULL,
	"reason" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "site_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text,
	"campaign_id" uuid,
	"status" "mail_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"send_after" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defender_events" ADD CONSTRAINT "defender_events_defender_id_defenders_id_fk" FOREIGN KEY ("defender_id") REFERENCES "public"."defenders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defenders" ADD CONSTRAINT "defenders_consent_recorded_by_users_id_fk" FOREIGN KEY ("consent_recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defenders" ADD CONSTRAINT "defenders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organiser_requests" ADD CONSTRAINT "organiser_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organiser_requests" ADD CONSTRAINT "organiser_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_defenders" ADD CONSTRAINT "campaign_defenders_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_defenders" ADD CONSTRAINT "campaign_defenders_defender_id_defenders_id_fk" FOREIGN KEY ("defender_id") REFERENCES "public"."defenders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_invitations" ADD CONSTRAINT "campaign_invitations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_invitations" ADD CONSTRAINT "campaign_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_organisers" ADD CONSTRAINT "campaign_organisers_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_organisers" ADD CONSTRAINT "campaign_organisers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_status_changes" ADD CONSTRAINT "campaign_status_changes_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_status_changes" ADD CONSTRAINT "campaign_status_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_targets" ADD CONSTRAINT "campaign_targets_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_targets" ADD CONSTRAINT "campaign_targets_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_updates" ADD CONSTRAINT "campaign_updates_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_updates" ADD CONSTRAINT "campaign_updates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_delivered_by_users_id_fk" FOREIGN KEY ("delivered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "templates" ADD CONSTRAINT "templates_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "templates" ADD CONSTRAINT "templates_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_counters" ADD CONSTRAINT "action_counters_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invalidations" ADD CONSTRAINT "invalidations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_reason_id_moderation_reasons_id_fk" FOREIGN KEY ("reason_id") REFERENCES "public"."moderation_reasons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_flags" ADD CONSTRAINT "moderation_flags_locked_by_users_id_fk" FOREIGN KEY ("locked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_entries" ADD CONSTRAINT "list_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_user_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role");--> statement-breakpoint
CREATE INDEX "defender_events_defender_idx" ON "defender_events" USING btree ("defender_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "defenders_slug_uq" ON "defenders" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "defenders_country_status_idx" ON "defenders" USING btree ("country","status");--> statement-breakpoint
CREATE INDEX "organiser_requests_status_idx" ON "organiser_requests" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "targets_resolution_idx" ON "targets" USING btree ("represented_state","host_country","kind");--> statement-breakpoint
CREATE INDEX "targets_name_idx" ON "targets" USING btree ("name");--> statement-breakpoint
CREATE INDEX "campaign_defenders_defender_idx" ON "campaign_defenders" USING btree ("defender_id");--> statement-breakpoint
CREATE INDEX "campaign_invitations_campaign_idx" ON "campaign_invitations" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "campaign_organisers_user_idx" ON "campaign_organisers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "campaign_status_changes_campaign_idx" ON "campaign_status_changes" USING btree ("campaign_id","changed_at");--> statement-breakpoint
CREATE INDEX "campaign_targets_campaign_idx" ON "campaign_targets" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "campaign_targets_target_idx" ON "campaign_targets" USING btree ("target_id");--> statement-breakpoint
CREATE INDEX "campaign_updates_campaign_idx" ON "campaign_updates" USING btree ("campaign_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "campaigns_slug_uq" ON "campaigns" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "campaigns_status_idx" ON "campaigns" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "deliveries_campaign_idx" ON "deliveries" USING btree ("campaign_id","delivered_on");--> statement-breakpoint
CREATE UNIQUE INDEX "actions_dedupe_uq" ON "actions" USING btree ("campaign_id","kind","email_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "actions_idempotency_uq" ON "actions" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "actions_confirm_token_uq" ON "actions" USING btree ("confirm_token_hash");--> statement-breakpoint
CREATE INDEX "actions_campaign_status_idx" ON "actions" USING btree ("campaign_id","status","kind");--> statement-breakpoint
CREATE INDEX "actions_confirmed_at_idx" ON "actions" USING btree ("confirmed_at") WHERE "actions"."status" = 'confirmed';--> statement-breakpoint
CREATE INDEX "actions_ip_hash_idx" ON "actions" USING btree ("ip_hash","created_at") WHERE "actions"."ip_hash" is not null;--> statement-breakpoint
CREATE INDEX "actions_user_idx" ON "actions" USING btree ("user_id") WHERE "actions"."user_id" is not null;--> statement-breakpoint
CREATE INDEX "moderation_decisions_subject_idx" ON "moderation_decisions" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "moderation_flags_subject_idx" ON "moderation_flags" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_created_idx" ON "audit_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "list_entries_lookup_idx" ON "list_entries" USING btree ("kind","value");--> statement-breakpoint
CREATE INDEX "rate_limits_expires_idx" ON "rate_limits" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" USING btree ("status","send_after");