import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { knownCountry } from "@/lib/countries";
import { consumeRateLimits } from "@/db/queries/rate-limit";
import { getChannelCampaign, listChannelOffers } from "@/db/queries/supporter-actions";
import { screenChannelRequest } from "@/server/supporter-actions/screening";
import { renderLetterPdf } from "@/lib/pdf/letter";
import { sameOriginOnly } from "@/lib/origin";
import { routes } from "@/lib/routes";
import { localizedPath } from "@/i18n/navigation";
import { letterFor, letterPdf } from "../letter";
import { channelLanguages } from "../../email/_channel/server";
import { postItFields } from "../fields";

const pdfSchema = z.object({
  targetId: z.uuid(),
  name: z.string().trim().min(1).max(postItFields.name),
  city: z.string().trim().max(postItFields.city).default(""),
  country: z.string().default(""),
  personal: z.string().trim().max(postItFields.personal).default(""),
});

type Params = { params: Promise<{ slug: string }> };

/**
 * The letter as a PDF to print and post. Generating it changes nothing, so it
 * records nothing: the supporter says "I posted it" afterwards. Bad input (only
 * possible past the form's own checks) goes back to the form with the field named.
 * A POST from another site (or with no Origin) is refused before any of that.
 */
export const POST = sameOriginOnly(renderPdf);

async function renderPdf(request: Request, { params }: Params): Promise<Response> {
  const { slug } = await params;
  const form = Object.fromEntries([...(await request.formData()).entries()].filter(([, v]) => typeof v === "string"));
  const country = knownCountry(typeof form.country === "string" ? form.country : null);
  const lang = typeof form.lang === "string" && form.lang.length <= 35 ? form.lang : undefined;
  const parsed = pdfSchema.safeParse(form);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "name");
    const back = new URL(await localizedPath(routes.postItYourself(slug)), request.url);
    if (country) back.searchParams.set("country", country);
    back.searchParams.set("pdfError", field);
    if (typeof form.targetId === "string") back.searchParams.set("target", form.targetId);
    if (lang) back.searchParams.set("lang", lang);
    return Response.redirect(back, 303);
  }
  const t = await getTranslations("Channels.post");
  const notFound = () => new Response(t("pdfNotFound"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const campaign = await getChannelCampaign(slug, "letter");
  if (!campaign?.offersKind) return notFound();
  const limiter = await screenChannelRequest();
  const verdict = await consumeRateLimits(limiter.charges.map((charge) => ({ ...charge, key: `pdf:${charge.key}` })));
  if (!verdict.allowed) {
    return new Response(t("pdfRateLimited"), { status: 429, headers: { "content-type": "text/plain; charset=utf-8" } });
  }

  const input = parsed.data;
  // In the language the page showed: ?lang= when the campaign wrote the letter in it, else the same default as the page.
  const { preference } = await channelLanguages(campaign, "letter", lang);
  const offer = (await listChannelOffers(campaign.id, "letter", country, preference)).find((o) => o.target.target.id === input.targetId);
  if (!offer) return notFound();
  const sender = { name: input.name, city: input.city || null, country, personal: input.personal || null };
  const letter = letterFor(campaign, offer, sender, await getLocale());
  if (!letter) return notFound();
  const pdf = await renderLetterPdf(letterPdf(offer, sender, letter), { title: letter.subject, language: letter.language });
  return new Response(Buffer.from(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="letter-${slug}.pdf"`,
      "cache-control": "no-store",
    },
  });
}
