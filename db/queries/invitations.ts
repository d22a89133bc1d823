import "server-only";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { campaignAccess } from "@/db/queries/access";
import { recordAudit } from "@/db/queries/audit";
import { enqueueMail, type NewMail } from "@/db/queries/mail";
import { campaignInvitations, campaignOrganisers, campaigns, users } from "@/db/schema";
import { keyedHash, randomToken } from "@/lib/crypto";
import { isUuid } from "@/lib/ids";
import { can, type Viewer } from "@/lib/permissions";
import { refuse } from "@/lib/refusal";
import type { OrganiserActor } from "./organise-campaigns";

const invitationDays = 14;

/** The campaign's organisers and pending invitations; Refused(notFound) when the viewer may not see the team. */
export async function getCampaignTeam(viewer: Viewer, campaignId: string) {
  if (!isUuid(campaignId)) refuse("notFound");
  const db = await getDb();
  const [campaign] = await db
    .select({ id: campaigns.id, title: campaigns.title })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "edit")));
  if (!campaign) refuse("notFound");
  const [members, pending] = await Promise.all([
    db
      .select({ userId: users.id, name: users.name, email: users.email, role: campaignOrganisers.role, addedAt: campaignOrganisers.addedAt })
      .from(campaignOrganisers)
      .innerJoin(users, eq(users.id, campaignOrganisers.userId))
      .where(eq(campaignOrganisers.campaignId, campaignId))
      .orderBy(asc(campaignOrganisers.addedAt)),
    db
      .select({ id: campaignInvitations.id, email: campaignInvitations.email, expiresAt: campaignInvitations.expiresAt })
      .from(campaignInvitations)
      .where(and(eq(campaignInvitations.campaignId, campaignId), isNull(campaignInvitations.acceptedAt), gt(campaignInvitations.expiresAt, sql`now()`)))
      .orderBy(asc(campaignInvitations.createdAt)),
  ]);
  return { campaign, members, pending };
}

/** What an invitation mail is made of: the caller composes the message from it (server/mail/invitation.ts). */
export interface InvitationMailFacts {
  to: string;
  campaignTitle: string;
  inviter: string;
  /** The single-use token of the accept link; only its hash is stored. */
  token: string;
  days: number;
  /** The language the invitee last used (users.locale) when the address has an account; null otherwise. */
  inviteeLocale: string | null;
}

/** The subject and text (the query adds the recipient and the campaign the mail is about). */
export type ComposeInvitationMail = (
  facts: InvitationMailFacts,
) => Pick<NewMail, "subject" | "text" | "html"> | Promise<Pick<NewMail, "subject" | "text" | "html">>;

/** Someone already on the team is the one outcome the form answers next to its field; a campaign not the viewer's is Refused(notFound). */
export type InviteResult = { ok: true } | { ok: false; reason: "alreadyMember" };

/**
 * Invites someone by email: a single-use token (only its hash is stored) in
 * an accept link, in a mail `composeMail` writes, queued in the same
 * transaction as the invitation.
 */
export async function inviteCoOrganiser(
  viewer: OrganiserActor,
  campaignId: string,
  email: string,
  composeMail: ComposeInvitationMail,
): Promise<InviteResult> {
  if (!isUuid(campaignId)) refuse("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [campaign] = await tx
      .select({ title: campaigns.title })
      .from(campaigns)
      .where(and(eq(campaigns.id, campaignId), campaignAccess(viewer, "edit")));
    if (!campaign) refuse("notFound");
    const [member] = await tx
      .select({ id: users.id })
      .from(campaignOrganisers)
      .innerJoin(users, eq(users.id, campaignOrganisers.userId))
      .where(and(eq(campaignOrganisers.campaignId, campaignId), sql`lower(${users.email}) = ${email}`));
    if (member) return { ok: false, reason: "alreadyMember" } as const;

    const token = randomToken();
    const expiresAt = new Date(Date.now() + invitationDays * 24 * 60 * 60 * 1000);
    const [invitation] = await tx
      .insert(campaignInvitations)
      .values({ campaignId, email, tokenHash: keyedHash("token", token), invitedBy: viewer.id, expiresAt })
      .returning({ id: campaignInvitations.id });
    // Addresses are stored lower-case (Auth.js normalises them, as the invite form does): the unique index finds it.
    const [invitee] = await tx.select({ locale: users.locale }).from(users).where(eq(users.email, email)).limit(1);
    const mail = await composeMail({
      to: email,
      campaignTitle: campaign.title,
      inviter: viewer.name ?? viewer.email ?? "",
      token,
      days: invitationDays,
      inviteeLocale: invitee?.locale ?? null,
    });
    await enqueueMail(tx, { ...mail, to: email, campaignId });
    await recordAudit(tx, { actor: viewer, action: "campaign.invite", entityType: "campaign", entityId: campaignId, after: { invitationId: invitation!.id, email } });
    return { ok: true } as const;
  });
}

/** Withdraws a pending invitation; Refused(notFound) when there is none (accepted, revoked) or the campaign is not the viewer's. */
export async function revokeInvitation(viewer: OrganiserActor, campaignId: string, invitationId: string): Promise<void> {
  if (!isUuid(campaignId) || !isUuid(invitationId)) refuse("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(campaignInvitations)
      .where(
        and(
          eq(campaignInvitations.id, invitationId),
          eq(campaignInvitations.campaignId, campaignId),
          isNull(campaignInvitations.acceptedAt),
          sql`exists (select 1 from ${campaigns} where ${campaigns.id} = ${campaignId} and ${campaignAccess(viewer, "edit")})`,
        ),
      )
      .returning({ email: campaignInvitations.email });
    if (!removed.length) refuse("notFound");
    await recordAudit(tx, { actor: viewer, action: "campaign.invite.revoke", entityType: "campaign", entityId: campaignId, before: { invitationId, email: removed[0]!.email } });
  });
}

/**
 * Removes a co-organiser (editor). Owners stay, so a campaign always keeps
 * one: removing an owner, someone not on the team or from a campaign not the
 * viewer's is Refused(notFound).
 */
export async function removeCoOrganiser(viewer: OrganiserActor, campaignId: string, userId: string): Promise<void> {
  if (!isUuid(campaignId)) refuse("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(campaignOrganisers)
      .where(
        and(
          eq(campaignOrganisers.campaignId, campaignId),
          eq(campaignOrganisers.userId, userId),
          eq(campaignOrganisers.role, "editor"),
          sql`exists (select 1 from ${campaigns} where ${campaigns.id} = ${campaignId} and ${campaignAccess(viewer, "edit")})`,
        ),
      )
      .returning({ userId: campaignOrganisers.userId });
    if (!removed.length) refuse("notFound");
    await recordAudit(tx, { actor: viewer, action: "campaign.organiser.remove", entityType: "campaign", entityId: campaignId, before: { userId } });
  });
}

/** What the accept page shows about a token: nothing that the link's holder didn't already get by email. */
export async function findInvitation(token: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      email: campaignInvitations.email,
      campaignTitle: campaigns.title,
      acceptedAt: campaignInvitations.acceptedAt,
      expiresAt: campaignInvitations.expiresAt,
    })
    .from(campaignInvitations)
    .innerJoin(campaigns, eq(campaigns.id, campaignInvitations.campaignId))
    .where(eq(campaignInvitations.tokenHash, keyedHash("token", token)));
  if (!row) return null;
  return { ...row, usable: !row.acceptedAt && row.expiresAt > new Date() };
}

export type AcceptResult = { ok: true; campaignId: string } | { ok: false; reason: "invalid" | "wrongAccount" | "notOrganiser" };

/**
 * Accepting needs the invited address's own account (the link may be
 * forwarded) and organiser rights (granted by admins, not by invitations).
 */
export async function acceptInvitation(viewer: OrganiserActor, token: string): Promise<AcceptResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .select({ id: campaignInvitations.id, campaignId: campaignInvitations.campaignId, email: campaignInvitations.email })
      .from(campaignInvitations)
      .where(and(eq(campaignInvitations.tokenHash, keyedHash("token", token)), isNull(campaignInvitations.acceptedAt), gt(campaignInvitations.expiresAt, sql`now()`)))
      .for("update");
    if (!invitation) return { ok: false, reason: "invalid" } as const;
    if ((viewer.email ?? "").toLowerCase() !== invitation.email.toLowerCase()) return { ok: false, reason: "wrongAccount" } as const;
    if (!can(viewer, "campaign:edit:own")) return { ok: false, reason: "notOrganiser" } as const;
    await tx
      .insert(campaignOrganisers)
      .values({ campaignId: invitation.campaignId, userId: viewer.id, role: "editor" })
      .onConflictDoNothing();
    await tx.update(campaignInvitations).set({ acceptedAt: new Date() }).where(eq(campaignInvitations.id, invitation.id));
    await recordAudit(tx, { actor: viewer, action: "campaign.invite.accept", entityType: "campaign", entityId: invitation.campaignId, after: { invitationId: invitation.id, userId: viewer.id } });
    return { ok: true, campaignId: invitation.campaignId } as const;
  });
}
