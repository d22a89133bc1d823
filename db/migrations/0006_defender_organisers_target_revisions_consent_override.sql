CREATE TABLE "defender_organisers" (
	"defender_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"added_by" text,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "defender_organisers_defender_id_user_id_pk" PRIMARY KEY("defender_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "target_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target_id" uuid NOT NULL,
	"changes" jsonb NOT NULL,
	"status" "request_status" DEFAULT 'pending' NOT NULL,
	"proposed_by" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "consent_override_by" text;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "consent_override_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "consent_override_reason" text;--> statement-breakpoint
ALTER TABLE "defender_organisers" ADD CONSTRAINT "defender_organisers_defender_id_defenders_id_fk" FOREIGN KEY ("defender_id") REFERENCES "public"."defenders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defender_organisers" ADD CONSTRAINT "defender_organisers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defender_organisers" ADD CONSTRAINT "defender_organisers_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_revisions" ADD CONSTRAINT "target_revisions_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_revisions" ADD CONSTRAINT "target_revisions_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_revisions" ADD CONSTRAINT "target_revisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "defender_organisers_user_idx" ON "defender_organisers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "target_revisions_target_status_idx" ON "target_revisions" USING btree ("target_id","status","created_at");--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_consent_override_by_users_id_fk" FOREIGN KEY ("consent_override_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Who looked after a defender until now: its creator, and the organisers of
-- campaigns that the creator made about the defender (so co-organisers they
-- invited keep access). A campaign another organiser made naming the defender
-- grants nothing: that was the takeover this table closes.
INSERT INTO "defender_organisers" ("defender_id", "user_id", "added_by")
SELECT "id", "created_by", "created_by" FROM "defenders" WHERE "created_by" IS NOT NULL
UNION
SELECT cd."defender_id", co."user_id", d."created_by"
FROM "campaign_defenders" cd
JOIN "defenders" d ON d."id" = cd."defender_id"
JOIN "campaigns" c ON c."id" = cd."campaign_id"
JOIN "campaign_organisers" co ON co."campaign_id" = cd."campaign_id"
WHERE d."created_by" IS NOT NULL AND c."created_by" = d."created_by"
ON CONFLICT DO NOTHING;
