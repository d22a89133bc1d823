import { openSignatureExport, recordExport } from "@/db/queries/delivery";
import { attachment, exportViewer, isYes, notFound } from "../respond";
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

  const encoder = new TextEncoder();
  const batches = exported.batches();
  let headerSent = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        // A BOM so that spreadsheets read the file as UTF-8.
        controller.enqueue(encoder.encode(`\uFEFF${signatureHeader(includeEmails)}`));
        return;
      }
      try {
        const next = await batches.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(signatureLines(next.value, includeEmails)));
      } catch (error) {
        console.error("Signature export failed", error);
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const suffix = exported.target ? `-${exported.target.name.slice(0, 40)}` : "";
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachment(`${exported.campaign.slug}${suffix}-signatures.csv`),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
