import { getLocale, getTranslations } from "next-intl/server";
import { getTargetHealth } from "@/db/queries/channel-health";
import { targetChannels, type TargetChannel } from "@/db/schema/enums";
import type { Viewer } from "@/lib/permissions";
import { markChannelAction } from "../health-actions";
import { MarkChannelForm } from "./mark-channel-form";

const statusTone = { failing: "bg-tone-red-soft text-tone-red", working: "bg-tone-green-soft text-tone-green", unknown: "bg-surface text-muted" } as const;

/** Each channel's health (status, since, last event, reports) and, for organisers relying on the target, the marks (ADR 0028). */
export async function ChannelHealthPanel({ viewer, targetId, present }: { viewer: Viewer; targetId: string; present: Record<TargetChannel, boolean> }) {
  const [{ health, mayMark }, t, locale] = await Promise.all([getTargetHealth(viewer, targetId), getTranslations("ChannelHealth"), getLocale()]);
  const date = (value: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(value);
  const shown = targetChannels.filter((channel) => present[channel] || health.has(`${targetId}|${channel}`));
  return (
    <section aria-labelledby="health-heading" className="mb-8 rounded-xl border border-line p-4">
      <h2 id="health-heading" className="text-xl font-semibold">
        {t("panel.heading")}
      </h2>
      <p className="mb-4 max-w-prose text-muted">{t("panel.lead")}</p>
      {mayMark ? null : <p className="mb-4 max-w-prose">{t("panel.notYours")}</p>}
      <ul className="flex flex-col gap-6">
        {shown.map((channel) => {
          const state = health.get(`${targetId}|${channel}`);
          const status = state?.status ?? "unknown";
          return (
            <li key={channel} className="border-t border-line pt-4">
              <h3 className="font-semibold">
                {t(`channel.${channel}`)}:{" "}
                <span className={`rounded px-2 ${statusTone[status]}`}>{t(`panel.status.${status}`)}</span>
                {state?.since ? <span className="ms-2 font-normal text-muted">{t("panel.since", { date: date(state.since) })}</span> : null}
              </h3>
              {state?.status === "failing" ? <p>{state.reason ? t("reason", { reason: state.reason }) : t(`cause.${state.cause!}`)}</p> : null}
              <p className="text-sm text-muted">
                {state?.lastEvent
                  ? t("panel.lastEvent", { event: t(`panel.event.${state.lastEvent.kind}`), date: date(state.lastEvent.createdAt) })
                  : t("panel.noEvents")}
                {state?.reports ? ` ${t("panel.reports", { count: state.reports })}` : null}
              </p>
              {mayMark ? (
                <MarkChannelForm
                  action={markChannelAction}
                  targetId={targetId}
                  channel={channel}
                  failing={status === "failing"}
                  labels={{
                    reason: t("panel.reasonLabel"),
                    submit: t(status === "failing" ? "panel.markWorking" : "panel.markFailing"),
                    pending: t("panel.pending"),
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
