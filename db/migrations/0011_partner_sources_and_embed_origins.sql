CREATE TABLE "partner_source_members" (
	"partner_source_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"added_by" text,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_source_members_partner_source_id_user_id_pk" PRIMARY KEY("partner_source_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "partner_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"site_url" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "partner_sources_code_format" CHECK ("partner_sources"."code" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length("partner_sources"."code") <= 40)
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "embed_origins" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "partner_source_id" uuid;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "partner_contact_consent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "partner_source_members" ADD CONSTRAINT "partner_source_members_partner_source_id_partner_sources_id_fk" FOREIGN KEY ("partner_source_id") REFERENCES "public"."partner_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_source_members" ADD CONSTRAINT "partner_source_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_source_members" ADD CONSTRAINT "partner_source_members_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_sources" ADD CONSTRAINT "partner_sources_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_sources" ADD CONSTRAINT "partner_sources_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partner_source_members_user_idx" ON "partner_source_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_sources_campaign_code_uq" ON "partner_sources" USING btree ("campaign_id","code");--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_partner_source_id_partner_sources_id_fk" FOREIGN KEY ("partner_source_id") REFERENCES "public"."partner_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actions_partner_source_idx" ON "actions" USING btree ("partner_source_id","status") WHERE "actions"."partner_source_id" is not null;