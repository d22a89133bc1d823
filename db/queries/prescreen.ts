import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db";
import { actions, campaignTranslations, campaigns, defenders, defenderTranslations, moderationFlags } from "@/db/schema";
import { prescreen, repeatWindowHours, type PrescreenFlag } from "@/lib/moderation/prescreen";
import type { ModerationSubject } from "./moderation-queue";

/*
 * Pre-screening at submission (ADR 0011): the automated flags a submitted
 * text gets inside the submission's own transaction. The signing path, the
 * supporter actions and the organisers' campaign and defender edits call it;
 * the moderation queue (moderation-queue.ts) shows the flags it stored.
 */

interface ScreenOptions {
  language?: string | null;
  /** actions.text_hash of a supporter's text, to count the same text in the window. */
  textHash?: string | null;
  linksExpected?: boolean;
}

/**
 * Runs the automated pre-screening on a submitted text inside the
 * submission's transaction and stores the result (an empty list too: the row
 * says the item was screened, and later holds the review lock). For actions
 * the row with `textHash` must already be inserted: it counts itself.
 */
export async function prescreenSubmission(tx: Transaction, subject: ModerationSubject, text: string, options: ScreenOptions = {}): Promise<PrescreenFlag[]> {
  const sameTextCount = options.textHash ? await countSameText(tx, options.textHash) : 0;
  const flags = prescreen(text, { language: options.language, sameTextCount, linksExpected: options.linksExpected });
  await tx
    .insert(moderationFlags)
    .values({ subjectType: subject.type, subjectId: subject.id, flags })
    .onConflictDoUpdate({ target: [moderationFlags.subjectType, moderationFlags.subjectId], set: { flags } });
  return flags;
}

async function countSameText(tx: Transaction, textHash: string): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(actions)
    .where(and(eq(actions.textHash, textHash), sql`${actions.createdAt} > now() - make_interval(hours => ${repeatWindowHours})`));
  return row?.count ?? 0;
}

/** Screens what a campaign says, in every language it has, when it goes to review. Stories cite sources, so links are expected. */
export async function screenCampaign(tx: Transaction, campaignId: string): Promise<PrescreenFlag[]> {
  const [row] = await tx
    .select({ title: campaigns.title, summary: campaigns.summary, ask: campaigns.ask, story: campaigns.storyMarkdown })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  if (!row) return [];
  // Its versions in other languages are part of what it says (lib/translations.ts).
  const versions = await tx
    .select({ title: campaignTranslations.title, summary: campaignTranslations.summary, ask: campaignTranslations.ask, story: campaignTranslations.storyMarkdown })
    .from(campaignTranslations)
    .where(eq(campaignTranslations.campaignId, campaignId));
  const text = [row, ...versions].flatMap((v) => [v.title, v.summary, v.ask, v.story]).join("\n\n");
  return prescreenSubmission(tx, { type: "campaign", id: campaignId }, text, { linksExpected: true });
}

/** Screens a defender profile (and its versions in other languages) after it was created or edited. */
export async function screenDefender(tx: Transaction, defenderId: string): Promise<PrescreenFlag[]> {
  const [row] = await tx
    .select({ name: defenders.name, profession: defenders.profession, summary: defenders.summary, story: defenders.storyMarkdown })
    .from(defenders)
    .where(eq(defenders.id, defenderId));
  if (!row) return [];
  const versions = await tx
    .select({ profession: defenderTranslations.profession, summary: defenderTranslations.summary, story: defenderTranslations.storyMarkdown, photoAlt: defenderTranslations.photoAlt })
    .from(defenderTranslations)
    .where(eq(defenderTranslations.defenderId, defenderId));
  const text = [row.name, row.profession ?? "", row.summary, row.story, ...versions.flatMap((v) => [v.profession ?? "", v.summary, v.story, v.photoAlt ?? ""])].join("\n\n");
  return prescreenSubmission(tx, { type: "defender", id: defenderId }, text, { linksExpected: true });
}
