import type { Metadata } from "next";
import Link from "@/i18n/link";
import { Arrow } from "@/components/ui/arrow";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { getUserForAdmin } from "@/db/queries/admin-users";
import { userRoles } from "@/db/schema/enums";
import { orNotFound, requirePagePermission } from "@/server/guards";
import { RoleForm, SuspensionForm } from "./user-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminUsers.detail");
  return { title: t("metaTitle") };
}

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePagePermission("user:read:any", `/admin/users/${id}`);
  const user = await orNotFound(getUserForAdmin(viewer, id));
  const [t, roles, format] = await Promise.all([getTranslations("AdminUsers.detail"), getTranslations("AdminUsers.roles"), getFormatter()]);
  const isSelf = user.id === viewer.id;

  return (
    <>
      <p className="mb-2">
        <Link href="/admin/users" className="text-sm">
          <Arrow to="back" /> {t("back")}
        </Link>
      </p>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-semibold tracking-tight break-all">
          {user.email ? <bdi>{user.email}</bdi> : t("noEmail")}
        </h1>
        {user.suspendedAt ? <Badge tone="red">{t("suspendedBadge")}</Badge> : <Badge tone="green">{t("activeBadge")}</Badge>}
      </div>

      <dl className="grid max-w-2xl grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t("name")}</dt>
        <dd>{user.name ? <bdi>{user.name}</bdi> : t("none")}</dd>
        <dt className="font-semibold">{t("role")}</dt>
        <dd>{roles(user.role)}</dd>
        <dt className="font-semibold">{t("created")}</dt>
        <dd>{t("inUtc", { time: format.dateTime(user.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) })}</dd>
        <dt className="font-semibold">{t("suspended")}</dt>
        <dd>
          {user.suspendedAt
            ? t("suspendedSince", { when: t("inUtc", { time: format.dateTime(user.suspendedAt, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) }) })
            : t("no")}
        </dd>
        <dt className="font-semibold">{t("campaigns")}</dt>
        <dd>{format.number(user.campaignCount)}</dd>
        <dt className="font-semibold">{t("sessions")}</dt>
        <dd>{format.number(user.activeSessions)}</dd>
        <dt className="font-semibold">{t("organiserRequest")}</dt>
        <dd>
          {user.pendingRequest ? (
            <>
              {t("pendingRequest", {
                organisation: user.pendingRequest.organisationName,
                when: format.dateTime(user.pendingRequest.createdAt, { dateStyle: "medium" }),
              })}{" "}
              <Link href="/admin/moderation?type=organiser_request">{t("decideInQueue")}</Link>
            </>
          ) : (
            t("noPendingRequest")
          )}
        </dd>
      </dl>
      <p className="mt-4">
        <Link href={`/admin/audit?entityType=user&entityId=${encodeURIComponent(user.id)}`}>{t("auditAbout")}</Link>
        {" · "}
        <Link href={`/admin/audit?actor=${encodeURIComponent(user.id)}`}>{t("auditBy")}</Link>
      </p>

      {isSelf ? (
        <p className="mt-8 max-w-2xl rounded-md bg-tone-amber-soft p-3 text-tone-amber">{t("selfNotice")}</p>
      ) : (
        <div className="mt-8 grid gap-8 md:grid-cols-2">
          <section aria-labelledby="role-heading" className="rounded-xl border border-line bg-surface p-5">
            <h2 id="role-heading" className="mb-2 text-xl font-semibold">
              {t("changeRole")}
            </h2>
            <p className="mb-4 text-muted">{t("changeRoleHelp")}</p>
            <RoleForm
              userId={user.id}
              currentRole={user.role}
              options={userRoles.map((role) => ({ value: role, label: roles(role) }))}
              labels={{ role: t("newRole"), confirm: t("confirmRole"), submit: t("saveRole"), pending: t("saving") }}
            />
          </section>
          <section aria-labelledby="suspension-heading" className="rounded-xl border border-line bg-surface p-5">
            <h2 id="suspension-heading" className="mb-2 text-xl font-semibold">
              {user.suspendedAt ? t("unsuspendHeading") : t("suspendHeading")}
            </h2>
            <p className="mb-4 text-muted">{user.suspendedAt ? t("unsuspendHelp") : t("suspendHelp")}</p>
            <SuspensionForm
              userId={user.id}
              suspended={Boolean(user.suspendedAt)}
              labels={{
                confirm: t("confirmSuspend"),
                submit: user.suspendedAt ? t("unsuspend") : t("suspend"),
                pending: t("saving"),
              }}
            />
          </section>
        </div>
      )}
    </>
  );
}
