import type { Metadata } from "next";
import Link from "@/i18n/link";
import { Arrow } from "@/components/ui/arrow";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/organise/action-form";
import { secondaryButtonClass } from "@/components/organise/page-header";
import { TargetRevisionDiff } from "@/components/organise/target-revision-diff";
import { listPendingTargetRevisions } from "@/db/queries/targets-directory";
import { requirePagePermission } from "@/server/guards";
import { decideTargetRevisionAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminModeration.targetChanges");
  return { title: t("title") };
}

/** Changes to shared targets that other organisers' campaigns address: held until an admin decides. */
export default async function TargetChangesPage() {
  const viewer = await requirePagePermission("moderation:decide:any", "/admin/moderation/targets");
  const [t, pending] = await Promise.all([getTranslations("AdminModeration.targetChanges"), listPendingTargetRevisions(viewer)]);
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/moderation">
          <Arrow to="back" /> {t("back")}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mb-6 max-w-prose text-muted">{t("intro")}</p>
      {pending.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="flex flex-col gap-6">
        {pending.map((revision) => (
          <li key={revision.id} className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4">
            <h2 className="text-xl font-semibold">
              <Link href={`/organise/targets/${revision.targetId}`}>{revision.targetName}</Link>
            </h2>
            <TargetRevisionDiff revision={revision} />
            <div className="flex flex-wrap items-start gap-6">
              <ActionForm
                action={decideTargetRevisionAction}
                hidden={{ revisionId: revision.id, decision: "granted" }}
                label={t("approve")}
                pendingLabel={t("working")}
                messageId={`approve-${revision.id}`}
                className="flex flex-col items-start gap-2"
              />
              <ActionForm
                action={decideTargetRevisionAction}
                hidden={{ revisionId: revision.id, decision: "refused" }}
                label={t("refuse")}
                pendingLabel={t("working")}
                messageId={`refuse-${revision.id}`}
                className="flex flex-col items-start gap-2"
                buttonClassName={secondaryButtonClass}
              >
                <label htmlFor={`reason-${revision.id}`} className="font-medium">
                  {t("reason")}
                </label>
                <input
                  id={`reason-${revision.id}`}
                  name="reason"
                  dir="auto"
                  maxLength={500}
                  className="w-72 max-w-full rounded-md border border-line bg-white px-3 py-2"
                />
              </ActionForm>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
