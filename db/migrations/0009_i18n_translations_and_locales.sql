CREATE TABLE "campaign_translations" (
	"campaign_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"story_markdown" text DEFAULT '' NOT NULL,
	"ask" text DEFAULT '' NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_translations_campaign_id_locale_pk" PRIMARY KEY("campaign_id","locale"),
	CONSTRAINT "campaign_translations_locale" CHECK ("campaign_translations"."locale" in ('en', 'fr', 'es', 'zh', 'ar'))
);
--> statement-breakpoint
CREATE TABLE "campaign_update_translations" (
	"update_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_update_translations_update_id_locale_pk" PRIMARY KEY("update_id","locale"),
	CONSTRAINT "campaign_update_translations_locale" CHECK ("campaign_update_translations"."locale" in ('en', 'fr', 'es', 'zh', 'ar'))
);
--> statement-breakpoint
CREATE TABLE "defender_translations" (
	"defender_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"profession" text,
	"summary" text NOT NULL,
	"story_markdown" text DEFAULT '' NOT NULL,
	"photo_alt" text,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "defender_translations_defender_id_locale_pk" PRIMARY KEY("defender_id","locale"),
	CONSTRAINT "defender_translations_locale" CHECK ("defender_translations"."locale" in ('en', 'fr', 'es', 'zh', 'ar'))
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "defenders" ADD COLUMN "source_locale" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "source_locale" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "campaign_translations" ADD CONSTRAINT "campaign_translations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_translations" ADD CONSTRAINT "campaign_translations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_update_translations" ADD CONSTRAINT "campaign_update_translations_update_id_campaign_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."campaign_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_update_translations" ADD CONSTRAINT "campaign_update_translations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defender_translations" ADD CONSTRAINT "defender_translations_defender_id_defenders_id_fk" FOREIGN KEY ("defender_id") REFERENCES "public"."defenders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defender_translations" ADD CONSTRAINT "defender_translations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;