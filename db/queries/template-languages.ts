import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { templates, type TemplateKind } from "@/db/schema";
import { shortLived } from "./short-lived";

/**
 * The languages a campaign has its general template of `kind` in (the one for
 * any target: the model letter, the petition's text), in alphabetical order:
 * what a supporter may choose to send, and what the letter bundle prints with
 * (getLetterMaterial reads the same rows). The campaign must already be known
 * to be public.
 */
export async function listTemplateLanguages(campaignId: string, kind: TemplateKind): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ language: templates.language })
    .from(templates)
    .where(and(eq(templates.campaignId, campaignId), eq(templates.kind, kind), isNull(templates.targetId)))
    .orderBy(asc(templates.language));
  return rows.map((row) => row.language);
}

const languagesForSigning = shortLived<string[]>(1_000);

/**
 * listTemplateLanguages for the signing actions, remembered for a second per
 * process and (campaign, kind), like the campaign and its targets: a surge
 * costs one lookup a second, and a template added or removed counts within one.
 */
export function templateLanguagesForSigning(campaignId: string, kind: TemplateKind): Promise<string[]> {
  return languagesForSigning.get(`${campaignId}|${kind}`, () => listTemplateLanguages(campaignId, kind));
}
