import { getLetterMaterial, openSignatureExport, recordExport } from "@/db/queries/delivery";
import { kindMessageKey } from "@/lib/action-kinds";
import { renderLettersPdf } from "@/lib/pdf/letter";
import { LetterBundle, lettersPerPart, type BundleMode } from "@/server/delivery/letters-bundle";
import { locales } from "@/i18n/config";
import { storedLocale, translatorFor } from "@/server/translator";
import { attachment, exportViewer, notFound, viewerLocale } from "../respond";

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
  // What the organiser reads (the file's title, the refusal) is in their language; what the letters say, in each letter's.
  const [t, material] = await Promise.all([viewerLocale(viewer).then(translatorFor), getLetterMaterial(exported.campaign.id)]);
  if (material.letterTemplates.size === 0) {
    return new Response(t("Delivery.pdf.noTemplate"), { status: 409, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  const letterTexts = await lettersTranslators();
  const bundle = new LetterBundle(mode, material, exported.campaign.title, {
    signedBy: (count, language) => letterTexts(language)("Delivery.pdf.signedBy", { count }),
  });
  let rowsRead = 0;
  for await (const rows of exported.batches()) {
    rowsRead += rows.length;
    bundle.add(rows);
  }
  if (rowsRead === 0 && part > 1) return notFound();
  await recordExport(viewer, exported.campaign.id, { format: "letters-pdf", targetId, mode, part: mode === "each" ? part : undefined });
  // Named by the kinds it holds ("Letters", "Petition signatures"); an empty bundle by the kinds it could print.
  const kinds = bundle.kinds.size > 0 ? [...bundle.kinds] : [...material.letterTemplates.keys()];
  const title = t("Delivery.pdf.lettersTitle", { campaign: exported.campaign.title, kinds: kinds.map((kind) => t(kindMessageKey(kind, "short"))).join(", ") });
  const pdf = await renderLettersPdf(bundle.finish(), { title });
  return new Response(pdf as unknown as BodyInit, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachment(`${exported.campaign.slug}-letters-${mode === "each" ? `part-${part}` : "list"}.pdf`),
      "cache-control": "no-store",
    },
  });
}

/** The letters' own words ("Signed by ..."), in the letter's language when it is one of the site's, else English. */
async function lettersTranslators() {
  const byLocale = new Map(await Promise.all(locales.map(async (locale) => [locale, await translatorFor(locale)] as const)));
  return (language: string) => byLocale.get(storedLocale(language))!;
}
