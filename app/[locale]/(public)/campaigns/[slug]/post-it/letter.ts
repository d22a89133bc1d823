import "server-only";
import type { ChannelCampaign, ChannelOffer } from "@/db/queries/supporter-actions";
import { countryName } from "@/lib/format";
import type { LetterPdf } from "@/lib/pdf/letter";
import { renderTemplate } from "@/lib/templates/render";
import { commonTemplateValues } from "../email/_channel/server";
import { withPersonalParagraph } from "./personal-paragraph";

export interface LetterSender {
  name: string | null;
  city: string | null;
  country: string | null;
  /** The supporter's own paragraph, put before the closing. */
  personal: string | null;
}

/** The letter to one target, rendered in the template's language for this sender; null without a letter template. */
export function letterFor(campaign: ChannelCampaign, offer: ChannelOffer, sender: LetterSender, locale: string, now = new Date()) {
  if (!offer.template) return null;
  const language = offer.template.language;
  const target = offer.target.target;
  const date = new Intl.DateTimeFormat(language, { dateStyle: "long" }).format(now);
  const body = renderTemplate(offer.template.body, {
    ...commonTemplateValues(campaign, target, locale),
    "supporter.name": sender.name,
    "supporter.city": sender.city,
    "supporter.country": sender.country ? countryName(sender.country, language) : null,
    date,
  });
  const subject = renderTemplate(offer.template.subject ?? campaign.title, commonTemplateValues(campaign, target, locale));
  const datedByTemplate = offer.template.body.includes("{date}");
  return { language, date: datedByTemplate ? undefined : date, subject, body: withPersonalParagraph(body, sender.personal) };
}

/** The recipient block: name, title, street lines, postcode and city, country. */
export function recipientLines(offer: ChannelOffer, language: string): string[] {
  const target = offer.target.target;
  return [
    [target.honorific, target.name].filter(Boolean).join(" "),
    target.title ?? "",
    ...target.addressLines,
    [target.postcode, target.city].filter(Boolean).join(" "),
    target.hostCountry ? countryName(target.hostCountry, language) : "",
  ].filter(Boolean);
}

export function letterPdf(
  offer: ChannelOffer,
  sender: LetterSender,
  letter: { date: string | undefined; body: string; language: string },
): LetterPdf {
  return {
    senderLines: [sender.name ?? "", sender.city ?? "", sender.country ? countryName(sender.country, letter.language) : ""],
    recipientLines: recipientLines(offer, letter.language),
    date: letter.date,
    body: letter.body,
    signature: sender.name ?? undefined,
  };
}
