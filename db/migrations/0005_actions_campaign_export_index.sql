DROP INDEX "actions_campaign_status_idx";--> statement-breakpoint
CREATE INDEX "actions_campaign_status_kind_id_idx" ON "actions" USING btree ("campaign_id","status","kind","id");