import { createTranslator } from "next-intl";
import { getLetterMaterial, openSignatureExport, recordExport } from "@/db/queries/delivery";
import { kindMessageKey } from "@/lib/action-kinds";
import { renderLettersPdf } from "@/lib/pdf/letter";
import messages from "@/messages/en";
import { LetterBundle, lettersPerPart, type BundleMode } from "@/server/delivery/letters-bundle";
import { attachment, exportViewer, notFound } from "../respond";

export const dynamic = "force-dynamic";

/**
 * A printable bundle of the confirmed letters: ?mode=each (one letter per
 * signer, the default) or ?mode=list (one letter per target with the signers'
 * names); ?target=<id> for one target. Rows are read in batches; the PDF
 * itself is assembled in memory, as pdf-lib requires, so one-letter-per-signer
 * bundles come in parts of lettersPerPart (?part=1, 2, ...): a file that
 * prints and downloads in reasonable time.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await exportViewer();
  if (viewer instanceof Response) return viewer;
  const url = new URL(request.url);
  const mode: BundleMode = url.searchParams.get("mode") === "list" ? "list" : "each";
  const targetId = url.searchParams.get("target");
  const part = Number(url.searchParams.get("part") ?? "1");
  if (!Number.isInteger(part) || part < 1) return notFound();
  const window = mode === "each" ? { skip: (part - 1) * lettersPerPart, take: lettersPerPart } : undefined;
  const exported = await openSignatureExport(viewer, id, { targetId, window });
  if (!exported) return notFound();
  const t = createTranslator({ locale: "en", messages, namespace: "Delivery.pdf" });
  const material = await getLetterMaterial(exported.campaign.id);
  if (material.letterTemplates.size === 0) {
    return new Response(t("noTemplate"), { status: 409, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  const bundle = new LetterBundle(mode, material, exported.campaign.title, { signedBy: (count) => t("signedBy", { count }) });
  let rowsRead = 0;
  for await (const rows of exported.batches()) {
    rowsRead += rows.length;
    bundle.add(rows);
  }
  if (rowsRead === 0 && part > 1) return notFound();
  await recordExport(viewer, exported.campaign.id, { format: "letters-pdf", targetId, mode, part: mode === "each" ? part : undefined });
  // Named by the kinds it holds ("Letters", "Petition signatures"); an empty bundle by the kinds it could print.
  const tKind = createTranslator({ locale: "en", messages });
  const kinds = bundle.kinds.size > 0 ? [...bundle.kinds] : [...material.letterTemplates.keys()];
  const title = t("lettersTitle", { campaign: exported.campaign.title, kinds: kinds.map((kind) => tKind(kindMessageKey(kind, "short"))).join(", ") });
  const pdf = await renderLettersPdf(bundle.finish(), { title });
  return new Response(pdf as unknown as BodyInit, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachment(`${exported.campaign.slug}-letters-${mode === "each" ? `part-${part}` : "list"}.pdf`),
      "cache-control": "no-store",
    },
  });
}
