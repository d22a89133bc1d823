import { openPartnerExport, recordPartnerExport, type PartnerSupporterRow } from "@/db/queries/partner-sources";
import { csvLine } from "@/lib/csv/write";
import { can } from "@/lib/permissions";
import { csvDownload, exportViewer, notFound } from "../../../organise/campaigns/[id]/respond";

export const dynamic = "force-dynamic";

/** The columns of a partner's download; documented in docs/decisions/0029-partner-attribution.md. */
const columns = ["action_id", "action", "confirmed_at", "name", "email", "country", "language"] as const;

function lines(rows: PartnerSupporterRow[]): string {
  return rows.map((row) => csvLine([row.id, row.kind, row.confirmedAt, row.name, row.email, row.country, row.locale])).join("");
}

/**
 * A partner's download (ADR 0029): the confirmed supporters who came through this source and
 * ticked "the partner may contact me", for a member of the source only (the query's WHERE;
 * anyone else gets a 404, organisers included). Streamed batch by batch; each download is
 * audited.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ sourceId: string }> }) {
  const { sourceId } = await params;
  const viewer = await exportViewer();
  if (viewer instanceof Response) return viewer;
  if (!can(viewer, "partner:export:own")) return notFound();
  const exported = await openPartnerExport(viewer, sourceId);
  if (!exported) return notFound();
  await recordPartnerExport(viewer, exported.source.id);

  return csvDownload(csvLine(columns), exported.batches(), lines, `${exported.source.campaignSlug}-${exported.source.code}-supporters.csv`);
}
