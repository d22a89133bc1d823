import type { Metadata } from "next";
import Link from "@/i18n/link";
import { Arrow } from "@/components/ui/arrow";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/organise/action-form";
import { secondaryButtonClass } from "@/components/organise/page-header";
import { Badge } from "@/components/ui/badge";
import { listModerationReasons } from "@/db/queries/moderation-decisions";
import { getSiteSettings } from "@/db/queries/settings";
import { requirePagePermission } from "@/server/guards";
import { can } from "@/lib/permissions";
import { createReasonAction, overdueHoursAction, renameReasonAction, setReasonActiveAction } from "../actions";
import { SingleFieldForm } from "./single-field-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminModeration.meta");
  return { title: t("reasonsTitle") };
}

/** The rejection reasons admins choose from, and after how long an item is overdue. */
export default async function ModerationReasonsPage() {
  const viewer = await requirePagePermission("moderation:decide:any", "/admin/moderation/reasons");
  const [t, reasons, settings] = await Promise.all([
    getTranslations("AdminModeration"),
    listModerationReasons(viewer, { activeOnly: false }),
    getSiteSettings(),
  ]);

  return (
    <>
      <p className="mb-2">
        <Link href="/admin/moderation">
          <Arrow to="back" /> {t("reasons.back")}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-semibold tracking-tight">{t("reasons.title")}</h1>
      <p className="mb-6 max-w-prose text-muted">{t("reasons.intro")}</p>

      {reasons.length === 0 ? <p className="mb-4">{t("reasons.empty")}</p> : null}
      <ul className="mb-8 flex flex-col gap-3">
        {reasons.map((reason, index) => (
          <li key={reason.id} className="flex flex-col gap-2 rounded-md border border-line bg-surface p-4">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{reason.label}</span>
              <Badge tone={reason.active ? "green" : "grey"}>{reason.active ? t("reasons.active") : t("reasons.inactive")}</Badge>
            </div>
            <SingleFieldForm
              action={renameReasonAction}
              id={`reason-${index}-label`}
              name="label"
              label={t("reasons.renameLabel", { label: reason.label })}
              defaultValue={reason.label}
              hidden={{ reasonId: reason.id }}
              submitLabel={t("reasons.rename")}
              pendingLabel={t("reasons.pending")}
            />
            <ActionForm
              action={setReasonActiveAction}
              hidden={{ reasonId: reason.id, active: String(!reason.active) }}
              label={reason.active ? t("reasons.deactivate", { label: reason.label }) : t("reasons.activate", { label: reason.label })}
              pendingLabel={t("reasons.pending")}
              buttonClassName={secondaryButtonClass}
              messageId={`reason-${index}-active-message`}
            />
          </li>
        ))}
      </ul>

      <section aria-labelledby="add-reason" className="mb-10 max-w-xl">
        <h2 id="add-reason" className="mb-2 text-xl font-semibold">
          {t("reasons.add")}
        </h2>
        <SingleFieldForm
          action={createReasonAction}
          id="new-reason"
          name="label"
          label={t("reasons.newLabel")}
          submitLabel={t("reasons.create")}
          pendingLabel={t("reasons.pending")}
        />
      </section>

      {can(viewer, "settings:edit:any") ? (
        <section aria-labelledby="overdue-setting" className="max-w-xl">
          <h2 id="overdue-setting" className="mb-2 text-xl font-semibold">
            {t("settings.title")}
          </h2>
          <SingleFieldForm
            action={overdueHoursAction}
            id="overdue-hours"
            name="hours"
            inputMode="numeric"
            label={t("settings.hours")}
            hint={t("settings.hint")}
            defaultValue={String(settings.moderationOverdueHours)}
            submitLabel={t("settings.save")}
            pendingLabel={t("settings.pending")}
          />
        </section>
      ) : null}
    </>
  );
}
