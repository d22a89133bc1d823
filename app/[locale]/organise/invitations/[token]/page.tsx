import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/organise/action-form";
import { OrganisePageHeader } from "@/components/organise/page-header";
import { findInvitation } from "@/db/queries/invitations";
import { getViewer } from "@/server/viewer";
import { acceptInvitationAction } from "../../campaigns/[id]/team/actions";
import { isolate } from "@/i18n/bidi";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organise.invitation");
  return { title: t("title"), referrer: "no-referrer" };
}

/** GET only shows the invitation; accepting is a POST, so mail scanners that follow links accept nothing. */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const viewer = await getViewer();
  if (!viewer) notFound();
  const [t, invitation] = await Promise.all([getTranslations("Organise.invitation"), findInvitation(token)]);
  if (!invitation) notFound();
  const sameAccount = (viewer.email ?? "").toLowerCase() === invitation.email.toLowerCase();
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <OrganisePageHeader title={t("title")} />
      <p>{isolate((v) => t("intro", v), { campaign: invitation.campaignTitle })}</p>
      {!invitation.usable ? (
        <p role="alert">{t("invalid")}</p>
      ) : sameAccount ? (
        <ActionForm action={acceptInvitationAction} hidden={{ token }} label={t("accept")} pendingLabel={t("accepting")} messageId="accept-message" />
      ) : (
        <p role="alert">{isolate((v) => t("wrongAccount", v), { email: invitation.email })}</p>
      )}
    </div>
  );
}
