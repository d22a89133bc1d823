import "server-only";
import { desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { erasedPersonalData } from "@/db/queries/retention";
import { actions, campaigns, organiserRequests, sessions, users, verificationTokens } from "@/db/schema";
import type { ActionKind } from "@/db/schema/enums";
import { decrypt, decryptOptional, keyedHash } from "@/lib/crypto";
import { canonicalEmail } from "@/lib/email/canonical";
import type { Viewer } from "@/lib/permissions";

export interface AccountViewer extends Viewer {
  email: string | null;
}

/**
 * The viewer's actions: those made while signed in, and those made with their
 * address before they had an account (matched by the same keyed hash the
 * dedupe uses, so no clear address is compared).
 */
function ownedBy(viewer: AccountViewer): SQL {
  const byUser = eq(actions.userId, viewer.id);
  if (!viewer.email) return byUser;
  return or(byUser, eq(actions.emailHash, keyedHash("email", canonicalEmail(viewer.email))))!;
}

export interface MyAction {
  id: number;
  kind: ActionKind;
  status: (typeof actions.$inferSelect)["status"];
  selfReported: boolean;
  wantsUpdates: boolean;
  createdAt: string;
  campaignTitle: string;
  /** Set only while the campaign is public, so the list links only to pages that exist. */
  campaignSlug: string | null;
}

/** A generous bound: one person's actions across every campaign. */
const myActionsLimit = 1000;

/** The viewer's own actions, newest first. */
export async function listMyActions(viewer: AccountViewer): Promise<MyAction[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: actions.id,
      kind: actions.kind,
      status: actions.status,
      selfReported: actions.selfReported,
      wantsUpdates: actions.wantsUpdates,
      createdAt: actions.createdAt,
      campaignTitle: campaigns.title,
      campaignSlug: sql<string | null>`case when ${campaigns.status} in ('published', 'paused', 'closed', 'won') then ${campaigns.slug} end`,
    })
    .from(actions)
    .innerJoin(campaigns, eq(campaigns.id, actions.campaignId))
    .where(ownedBy(viewer))
    .orderBy(desc(actions.createdAt), desc(actions.id))
    .limit(myActionsLimit);
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

export interface MyDataExport {
  exportedAt: string;
  account: { email: string | null; name: string | null; role: string; createdAt: string };
  organiserRequests: { organisationName: string; reason: string; status: string; createdAt: string }[];
  actions: {
    campaign: string;
    kind: ActionKind;
    status: string;
    createdAt: string;
    confirmedAt: string | null;
    email: string | null;
    name: string | null;
    publicName: string | null;
    showName: boolean;
    wantsUpdates: boolean;
    country: string | null;
    city: string | null;
    language: string | null;
    personalText: string | null;
    organisationName: string | null;
    organisationWebsite: string | null;
    selfReported: boolean;
  }[];
}

/** Everything stored about the viewer, decrypted, for their eyes only (the account export). */
export async function exportMyData(viewer: AccountViewer): Promise<MyDataExport | null> {
  const db = await getDb();
  const [account] = await db
    .select({ email: users.email, name: users.name, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, viewer.id))
    .limit(1);
  if (!account) return null;
  const [requests, rows] = await Promise.all([
    db
      .select({
        organisationName: organiserRequests.organisationName,
        reason: organiserRequests.reason,
        status: organiserRequests.status,
        createdAt: organiserRequests.createdAt,
      })
      .from(organiserRequests)
      .where(eq(organiserRequests.userId, viewer.id))
      .orderBy(organiserRequests.createdAt),
    db
      .select({
        campaign: campaigns.title,
        kind: actions.kind,
        status: actions.status,
        createdAt: actions.createdAt,
        confirmedAt: actions.confirmedAt,
        emailCiphertext: actions.emailCiphertext,
        nameCiphertext: actions.nameCiphertext,
        publicName: actions.publicName,
        showName: actions.showName,
        wantsUpdates: actions.wantsUpdates,
        country: actions.country,
        cityCiphertext: actions.cityCiphertext,
        language: actions.language,
        personalTextCiphertext: actions.personalTextCiphertext,
        organisationName: actions.organisationName,
        organisationWebsite: actions.organisationWebsite,
        selfReported: actions.selfReported,
      })
      .from(actions)
      .innerJoin(campaigns, eq(campaigns.id, actions.campaignId))
      .where(ownedBy(viewer))
      .orderBy(actions.createdAt, actions.id),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    account: { ...account, createdAt: account.createdAt.toISOString() },
    organiserRequests: requests.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    actions: rows.map(({ emailCiphertext, nameCiphertext, cityCiphertext, personalTextCiphertext, ...row }) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      confirmedAt: row.confirmedAt?.toISOString() ?? null,
      email: emailCiphertext ? decrypt(emailCiphertext) : null,
      name: nameCiphertext ? decrypt(nameCiphertext) : null,
      city: decryptOptional(cityCiphertext),
      personalText: decryptOptional(personalTextCiphertext),
    })),
  };
}

/**
 * Erases the viewer's personal data in one transaction. Their actions stay as
 * anonymous rows, so every count stays right: the personal columns are
 * cleared, the link to the user is cut, and the email hash becomes a random
 * tombstone so a later action with the same address is not linked to them.
 * The account, its sessions and sign-in tokens are deleted. The audit entry
 * names the user id only. Returns the slugs of the campaigns whose public
 * pages may have shown their name or message.
 */
export async function deleteMyData(viewer: AccountViewer): Promise<{ erasedActions: number; campaignSlugs: string[] }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const erased = await tx
      .update(actions)
      .set(erasedPersonalData())
      .where(ownedBy(viewer))
      .returning({ campaignId: actions.campaignId });
    const campaignIds = [...new Set(erased.map((row) => row.campaignId))];
    const touched = campaignIds.length
      ? await tx.select({ slug: campaigns.slug }).from(campaigns).where(inArray(campaigns.id, campaignIds))
      : [];
    if (viewer.email) await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, viewer.email));
    await tx.delete(sessions).where(eq(sessions.userId, viewer.id));
    await tx.delete(users).where(eq(users.id, viewer.id));
    await recordAudit(tx, {
      actor: { id: viewer.id },
      action: "account.delete",
      entityType: "user",
      entityId: viewer.id,
      after: { erasedActions: erased.length },
    });
    return { erasedActions: erased.length, campaignSlugs: touched.map((c) => c.slug) };
  });
}
