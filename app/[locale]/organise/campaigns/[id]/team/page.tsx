import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmailActionForm } from "@/components/organise/email-action-form";
import { ActionForm } from "@/components/organise/action-form";
import { secondaryButtonClass } from "@/components/organise/page-header";
import { getCampaignTeam } from "@/db/queries/invitations";
import { orNotFound } from "@/server/guards";
import { getViewer } from "@/server/viewer";
import { inviteAction, removeOrganiserAction, revokeInvitationAction } from "./actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organise.team");
  return { title: t("title") };
}

export default async function CampaignTeamPage({ params }: Props) {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) notFound();
  const team = await orNotFound(getCampaignTeam(viewer, id));
  const [t, format] = await Promise.all([getTranslations("Organise.team"), getFormatter()]);
  const campaignId = team.campaign.id;
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="organisers-heading">
        <h2 id="organisers-heading" className="mb-3 text-xl font-semibold">
          {t("organisers")}
        </h2>
        <ul className="flex flex-col gap-3">
          {team.members.map((member) => (
            <li key={member.userId} className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-line p-3">
              <span>
                <bdi className="font-semibold">{member.name ?? member.email}</bdi>
                {member.name ? (
                  <span className="text-muted">
                    {" "}
                    (<bdi>{member.email}</bdi>)
                  </span>
                ) : null} — {t(member.role)},{" "}
                {t("added", { when: format.dateTime(member.addedAt, { dateStyle: "medium" }) })}
              </span>
              {member.role === "editor" ? (
                <ActionForm
                  action={removeOrganiserAction}
                  hidden={{ campaignId, userId: member.userId }}
                  label={t("remove")}
                  pendingLabel={t("removing")}
                  buttonClassName={secondaryButtonClass}
                  messageId={`remove-${member.userId}`}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="mb-3 text-xl font-semibold">
          {t("pending")}
        </h2>
        {team.pending.length === 0 ? <p className="text-muted">{t("noPending")}</p> : null}
        <ul className="flex flex-col gap-3">
          {team.pending.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-line p-3">
              <span>
                <bdi>{invitation.email}</bdi> — {t("expires", { when: format.dateTime(invitation.expiresAt, { dateStyle: "medium" }) })}
              </span>
              <ActionForm
                action={revokeInvitationAction}
                hidden={{ campaignId, invitationId: invitation.id }}
                label={t("revoke")}
                pendingLabel={t("revoking")}
                buttonClassName={secondaryButtonClass}
                messageId={`revoke-${invitation.id}`}
              />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="mb-3 text-xl font-semibold">
          {t("inviteHeading")}
        </h2>
        <EmailActionForm
          action={inviteAction}
          hidden={{ campaignId }}
          messageId="invite-message"
          labels={{ email: t("email"), emailHint: t("emailHint"), submit: t("invite"), pending: t("inviting") }}
        />
      </section>
    </div>
  );
}
