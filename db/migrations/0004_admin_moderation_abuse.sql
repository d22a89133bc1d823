DROP INDEX "moderation_flags_subject_idx";--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "mail_paused" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "email_domain" text;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "show_text" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "invalidated_from" "action_status";--> statement-breakpoint
ALTER TABLE "invalidations" ADD COLUMN "filter" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "invalidations" ADD COLUMN "status" text DEFAULT 'queued' NOT NULL;--> statement-breakpoint
ALTER TABLE "invalidations" ADD COLUMN "preview_count" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "invalidations" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "invalidations" ADD COLUMN "finished_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invalidations" ADD COLUMN "reverted_by" text;--> statement-breakpoint
ALTER TABLE "list_entries" ADD COLUMN "prefix_length" integer;--> statement-breakpoint
ALTER TABLE "invalidations" ADD CONSTRAINT "invalidations_reverted_by_users_id_fk" FOREIGN KEY ("reverted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actions_email_domain_idx" ON "actions" USING btree ("email_domain","created_at") WHERE "actions"."email_domain" is not null;--> statement-breakpoint
CREATE INDEX "actions_text_hash_idx" ON "actions" USING btree ("text_hash","created_at") WHERE "actions"."text_hash" is not null;--> statement-breakpoint
CREATE INDEX "actions_invalidation_idx" ON "actions" USING btree ("invalidation_id") WHERE "actions"."invalidation_id" is not null;--> statement-breakpoint
CREATE INDEX "invalidations_status_idx" ON "invalidations" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "moderation_flags_subject_uq" ON "moderation_flags" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE UNIQUE INDEX "list_entries_uq" ON "list_entries" USING btree ("list","kind","value");--> statement-breakpoint
ALTER TABLE "invalidations" ADD CONSTRAINT "invalidations_status_check" CHECK ("invalidations"."status" in ('queued', 'running', 'done', 'reverting', 'reverted', 'failed'));