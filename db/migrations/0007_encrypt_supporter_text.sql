ALTER TABLE "actions" ADD COLUMN "city_ciphertext" text;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "personal_text_ciphertext" text;--> statement-breakpoint
CREATE INDEX "actions_legacy_clear_text_idx" ON "actions" USING btree ("id") WHERE "actions"."city" is not null or "actions"."personal_text" is not null;