import { openSolidarityExport, recordExport } from "@/db/queries/delivery";
import { languageTags, timeZone } from "@/i18n/config";
import { countryName } from "@/lib/format";
import { renderLetterPdf } from "@/lib/pdf/letter";
import { translatorFor } from "@/server/translator";
import { attachment, exportViewer, notFound, viewerLocale } from "../respond";

export const dynamic = "force-dynamic";

/** The confirmed solidarity messages as one PDF for the defender's family, headed in the organiser's language (users.locale). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await exportViewer();
  if (viewer instanceof Response) return viewer;
  const exported = await openSolidarityExport(viewer, id);
  if (!exported) return notFound();
  await recordExport(viewer, exported.campaign.id, { format: "solidarity-pdf" });
  const locale = await viewerLocale(viewer);
  const tAll = await translatorFor(locale);
  const t = (key: string, values?: Record<string, string | number>) => tAll(`Delivery.pdf.${key}`, values);

  const paragraphs: string[] = [];
  for await (const batch of exported.batches()) {
    for (const message of batch) {
      const from = [message.name ?? t("aSupporter"), message.city, message.country ? countryName(message.country, locale) : null].filter(Boolean).join(", ");
      paragraphs.push(`${message.text.trim()}\n— ${from}`);
    }
  }
  const names = exported.defenderNames.join(", ");
  const pdf = await renderLetterPdf(
    {
      senderLines: [exported.campaign.title],
      recipientLines: [t("solidarityTo", { names })],
      date: new Intl.DateTimeFormat(languageTags[locale], { dateStyle: "long", timeZone }).format(new Date()),
      body: [t("solidarityIntro", { count: paragraphs.length }), ...paragraphs].join("\n\n"),
    },
    { title: t("solidarityTitle", { campaign: exported.campaign.title }) },
  );
  return new Response(pdf as unknown as BodyInit, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachment(`${exported.campaign.slug}-solidarity.pdf`),
      "cache-control": "no-store",
    },
  });
}
