CREATE TYPE "public"."channel_event_kind" AS ENUM('marked_failing', 'marked_working', 'hard_bounce', 'supporter_report');--> statement-breakpoint
CREATE TYPE "public"."target_channel" AS ENUM('email', 'phone', 'post', 'x', 'bluesky');--> statement-breakpoint
CREATE TABLE "target_channel_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"target_id" uuid NOT NULL,
	"channel" "target_channel" NOT NULL,
	"kind" "channel_event_kind" NOT NULL,
	"reason" text,
	"user_id" text,
	"reporter_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "target_channel_events" ADD CONSTRAINT "target_channel_events_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_channel_events" ADD CONSTRAINT "target_channel_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "target_channel_events_target_idx" ON "target_channel_events" USING btree ("target_id","channel","created_at");--> statement-breakpoint
-- The marks organisers already made in targets.channel_health become the first events (ADR 0028).
INSERT INTO "target_channel_events" ("target_id", "channel", "kind", "reason", "created_at")
SELECT t."id", h.key::"target_channel",
	CASE WHEN (h.value->>'ok')::boolean THEN 'marked_working'::"channel_event_kind" ELSE 'marked_failing'::"channel_event_kind" END,
	NULLIF(h.value->>'note', ''),
	COALESCE((h.value->>'checkedAt')::timestamptz, t."updated_at")
FROM "targets" t, jsonb_each(t."channel_health") h
WHERE h.key IN ('email', 'phone', 'post', 'x', 'bluesky') AND jsonb_typeof(h.value) = 'object';
