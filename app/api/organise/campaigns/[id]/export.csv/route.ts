import { openSignatureExport, recordExport } from "@/db/queries/delivery";
import { csvDownload, exportViewer, isYes, notFound } from "../respond";
import { signatureHeader, signatureLines } from "../signature-csv";

export const dynamic = "force-dynamic";

/**
 * Confirmed letter signatures as CSV, streamed batch by batch. The viewer and
 * their right to export this campaign are checked here, in the query's WHERE.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await exportViewer();
  if (viewer instanceof Response) return viewer;
  const url = new URL(request.url);
  const targetId = url.searchParams.get("target");
  const includeEmails = isYes(url.searchParams.get("emails"));
  const exported = await openSignatureExport(viewer, id, { targetId, includeEmails });
  if (!exported) return notFound();
  await recordExport(viewer, exported.campaign.id, { format: "csv", targetId, includeEmails });

  const suffix = exported.target ? `-${exported.target.name.slice(0, 40)}` : "";
  return csvDownload(
    signatureHeader(includeEmails),
    exported.batches(),
    (rows) => signatureLines(rows, includeEmails),
    `${exported.campaign.slug}${suffix}-signatures.csv`,
  );
}
