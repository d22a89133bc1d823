import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import type { ActionKind } from "@/db/schema";
import { assertCan, type Viewer } from "@/lib/permissions";
import { countModerationQueue } from "./moderation-queue";
import { getSiteSettings } from "./settings";
import { rowsOf } from "./rows";

export interface AdminOverview {
  openModeration: number;
  overdueModeration: number;
  overdueHours: number;
  pendingOrganiserRequests: number;
  switches: {
    collectionPaused: boolean;
    pausedKinds: ActionKind[];
    mailPaused: boolean;
    campaignsCollectionPaused: number;
    campaignsMailPaused: number;
  };
}

/**
 * The numbers on the admin home page. The moderation counts are the queue's
 * own (one definition of "waiting" and "overdue"); the kill switches come from
 * the site settings and one count over campaigns.
 */
export async function getAdminOverview(viewer: Viewer): Promise<AdminOverview> {
  assertCan(viewer, "admin:access:any");
  const [db, settings, queue] = await Promise.all([getDb(), getSiteSettings(), countModerationQueue(viewer, null)]);
  const [row] = rowsOf<{ collection: number; mail: number }>(
    await db.execute(sql`
      select count(*) filter (where collection_paused)::int as collection, count(*) filter (where mail_paused)::int as mail
      from campaigns where collection_paused or mail_paused`),
  );
  return {
    openModeration: queue.tabs.all,
    overdueModeration: queue.tabs.overdue,
    overdueHours: settings.moderationOverdueHours,
    pendingOrganiserRequests: queue.types.organiser_request,
    switches: {
      collectionPaused: settings.collectionPaused,
      pausedKinds: settings.pausedKinds,
      mailPaused: settings.mailPaused,
      campaignsCollectionPaused: row?.collection ?? 0,
      campaignsMailPaused: row?.mail ?? 0,
    },
  };
}

/** postgres.js returns the rows as the result; PGlite wraps them in `.rows`. */
