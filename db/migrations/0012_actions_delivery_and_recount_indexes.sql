-- Issue #16 item 6: two narrow covering indexes of the confirmed rows, so that the delivery
-- tab's letters-per-target count (lettersPerTarget in db/queries/delivery.ts) and the
-- per-campaign counter recount (recountStatement in db/queries/counters.ts) are index-only scans
-- of one campaign's entries instead of scans of all of `actions` (docs/performance.md;
-- db/queries/actions-plans.test.ts checks the plans).
--
-- Large tables: scripts/migrate.ts applies pending migrations in one transaction (drizzle's
-- migrator), where CREATE INDEX CONCURRENTLY is not allowed, so these statements block writes to
-- `actions` (signing, confirming) while they build. On a production database with many rows,
-- build them first without that lock, from psql, outside a transaction:
--   CREATE INDEX CONCURRENTLY IF NOT EXISTS "actions_delivered_by_target_idx" ON "actions" USING btree ("campaign_id","kind","target_id") WHERE "actions"."status" = 'confirmed' and not "actions"."self_reported";
--   CREATE INDEX CONCURRENTLY IF NOT EXISTS "actions_confirmed_recount_idx" ON "actions" USING btree ("campaign_id","kind","country","self_reported","confirmed_at") WHERE "actions"."status" = 'confirmed';
-- then run the migration, which finds them in place and does nothing. A concurrent build that
-- fails leaves an INVALID index that IF NOT EXISTS would keep: DROP INDEX CONCURRENTLY it and
-- build again before migrating.
CREATE INDEX IF NOT EXISTS "actions_delivered_by_target_idx" ON "actions" USING btree ("campaign_id","kind","target_id") WHERE "actions"."status" = 'confirmed' and not "actions"."self_reported";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "actions_confirmed_recount_idx" ON "actions" USING btree ("campaign_id","kind","country","self_reported","confirmed_at") WHERE "actions"."status" = 'confirmed';
