import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/i18n/link";
import { ActionForm } from "@/components/organise/action-form";
import { EmailActionForm } from "@/components/organise/email-action-form";
import { OrganisePageHeader, secondaryButtonClass } from "@/components/organise/page-header";
import { Badge } from "@/components/ui/badge";
import { getDefenderForEdit, listDefenderEvents, listDefenderOrganisers } from "@/db/queries/organise-defenders";
import { orNotFound } from "@/server/guards";
import { getViewer } from "@/server/viewer";
import { addDefenderOrganiserAction, deleteEventAction, removeDefenderOrganiserAction, removePhotoAction, setQuietAction, updateDefenderAction } from "../actions";
import { DefenderForm } from "../defender-form";
import { consentStatusOptions, defenderStatusOptions, eventKindOptions } from "../options";
import { ConsentForm } from "./consent-form";
import { EventForm } from "./event-form";
import { PhotoForm } from "./photo-form";
import { isolate } from "@/i18n/bidi";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organise.defender");
  return { title: t("editTitle") };
}

export default async function EditDefenderPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { created } = await searchParams;
  const viewer = await getViewer();
  if (!viewer) notFound();
  const defender = await orNotFound(getDefenderForEdit(viewer, id));
  const [t, quiet, photo, consent, timeline, format, statusOptions, consentOptions, kindOptions, events, kindLabel, team, teamText] = await Promise.all([
    getTranslations("Organise.defender"),
    getTranslations("Organise.quiet"),
    getTranslations("Organise.photo"),
    getTranslations("Organise.consent"),
    getTranslations("Organise.timeline"),
    getFormatter(),
    defenderStatusOptions(),
    consentStatusOptions(),
    eventKindOptions(),
    listDefenderEvents(viewer, defender.id),
    getTranslations("Enums.eventKind"),
    listDefenderOrganisers(viewer, defender.id),
    getTranslations("Organise.defenderTeam"),
  ]);
  const translations = await getTranslations("Organise.translations");

  return (
    <>
      <OrganisePageHeader
        title={defender.name}
        back={{ href: "/organise/defenders", label: t("backToList") }}
        badge={defender.paused ? <Badge tone="amber">{quiet("badge")}</Badge> : null}
      />
      <div className="flex flex-col gap-12">
        {created ? (
          <p role="status" className="rounded-md bg-tone-green-soft p-3 font-semibold text-tone-green">
            {t("created")}
          </p>
        ) : null}
        {defender.moderation && defender.moderation.verdict !== "approve" ? (
          <p role="status" className="rounded-md bg-tone-amber-soft p-3 text-tone-amber">
            {isolate((v) => t("hiddenByModerator", v), { reason: defender.moderation.reason ?? t("noReason") })}
          </p>
        ) : null}

        <section aria-labelledby="quiet-heading" className="rounded-xl border border-line bg-surface p-4">
          <h2 id="quiet-heading" className="text-xl font-semibold">
            {quiet("heading")}
          </h2>
          <p className="mt-1 max-w-prose text-muted">
            {defender.paused ? quiet("explainQuiet") : quiet("explainPublic", { count: defender.campaignCount })}
          </p>
          <ActionForm
            action={setQuietAction}
            hidden={{ defenderId: defender.id, quiet: defender.paused ? "off" : "on" }}
            label={defender.paused ? quiet("makePublic") : quiet("goQuiet")}
            pendingLabel={quiet("working")}
            className="mt-3 flex flex-col items-start gap-2"
            buttonClassName={secondaryButtonClass}
            messageId="quiet-message"
          />
        </section>

        <section aria-labelledby="profile-heading">
          <h2 id="profile-heading" className="mb-4 text-xl font-semibold">
            {t("profileHeading")}
          </h2>
          <DefenderForm
            action={updateDefenderAction}
            defenderId={defender.id}
            statusOptions={statusOptions}
            initial={{
              name: defender.name,
              nameNative: defender.nameNative ?? "",
              slug: defender.slug,
              country: defender.country,
              profession: defender.profession ?? "",
              status: defender.status,
              summary: defender.summary,
              storyMarkdown: defender.storyMarkdown,
            }}
          />
        </section>

        <section aria-labelledby="translations-heading">
          <h2 id="translations-heading" className="text-xl font-semibold">
            {translations("heading")}
          </h2>
          <p className="mt-1 mb-3 max-w-prose text-muted">{translations("defenderLead")}</p>
          <Link href={`/organise/defenders/${defender.id}/translations`} className={secondaryButtonClass}>
            {translations("defenderLink")}
          </Link>
        </section>

        <section aria-labelledby="photo-heading">
          <h2 id="photo-heading" className="mb-4 text-xl font-semibold">
            {photo("heading")}
          </h2>
          {defender.photoPath ? (
            <div className="mb-4 flex flex-wrap items-end gap-4">
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our own /media route, no optimiser */}
              <img src={`/media/${defender.photoPath}`} alt={defender.photoAlt ?? ""} className="h-40 w-auto rounded-md border border-line" />
              <ActionForm
                action={removePhotoAction}
                hidden={{ defenderId: defender.id }}
                label={photo("remove")}
                pendingLabel={photo("removing")}
                buttonClassName={secondaryButtonClass}
                messageId="photo-remove-message"
              />
            </div>
          ) : (
            <p className="mb-4 text-muted">{photo("none")}</p>
          )}
          <PhotoForm defenderId={defender.id} alt={defender.photoAlt ?? ""} />
        </section>

        <section aria-labelledby="consent-heading">
          <h2 id="consent-heading" className="text-xl font-semibold">
            {consent("heading")}
          </h2>
          <p className="mb-4 text-muted">
            {defender.consentRecordedAt
              ? consent("lastRecorded", {
                  who: defender.consentRecordedBy ?? consent("someone"),
                  when: format.dateTime(defender.consentRecordedAt, { dateStyle: "medium", timeStyle: "short" }),
                })
              : consent("neverRecorded")}
          </p>
          <ConsentForm
            defenderId={defender.id}
            statusOptions={consentOptions}
            initial={{
              consentStatus: defender.consentStatus,
              consentGivenBy: defender.consentGivenBy ?? "",
              consentMethod: defender.consentMethod ?? "",
              consentGivenOn: defender.consentGivenOn ?? "",
              consentNote: defender.consentNote ?? "",
            }}
          />
        </section>

        <section aria-labelledby="defender-team-heading">
          <h2 id="defender-team-heading" className="text-xl font-semibold">
            {teamText("heading")}
          </h2>
          <p className="mb-4 max-w-prose text-muted">{teamText("explain")}</p>
          <ul className="mb-6 flex flex-col gap-3">
            {team.map((member) => (
              <li key={member.userId} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-line p-3">
                <span className="min-w-0 break-words">
                  <bdi className="font-semibold">{member.name ?? member.email}</bdi>{" "}
                  {member.name ? <bdi className="text-muted">{member.email}</bdi> : null}{" "}
                  {member.userId === viewer.id ? <span className="text-muted">{teamText("you")}</span> : null}{" "}
                  <span className="text-sm text-muted">{teamText("addedOn", { date: format.dateTime(member.addedAt, { dateStyle: "medium" }) })}</span>
                </span>
                {team.length > 1 ? (
                  <ActionForm
                    action={removeDefenderOrganiserAction}
                    hidden={{ defenderId: defender.id, userId: member.userId }}
                    label={teamText("remove")}
                    pendingLabel={teamText("removing")}
                    buttonClassName={secondaryButtonClass}
                    messageId={`defender-team-remove-${member.userId}`}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          <EmailActionForm
            action={addDefenderOrganiserAction}
            hidden={{ defenderId: defender.id }}
            messageId="defender-team-message"
            labels={{ email: teamText("email"), emailHint: teamText("emailHint"), submit: teamText("add"), pending: teamText("adding") }}
          />
        </section>

        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading" className="mb-4 text-xl font-semibold">
            {timeline("heading")}
          </h2>
          {events.length === 0 ? <p className="mb-4 text-muted">{timeline("none")}</p> : null}
          <ol className="mb-8 flex flex-col gap-6">
            {events.map((event) => (
              <li key={event.id} className="rounded-md border border-line p-4">
                <h3 className="mb-3 font-semibold">
                  {format.dateTime(new Date(`${event.occurredOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })} — {kindLabel(event.kind)}
                </h3>
                <EventForm
                  defenderId={defender.id}
                  eventId={event.id}
                  kindOptions={kindOptions}
                  initial={{ occurredOn: event.occurredOn, kind: event.kind, text: event.text, sourceUrl: event.sourceUrl ?? "" }}
                />
                <ActionForm
                  action={deleteEventAction}
                  hidden={{ defenderId: defender.id, eventId: event.id }}
                  label={timeline("delete")}
                  pendingLabel={timeline("deleting")}
                  className="mt-3"
                  buttonClassName={secondaryButtonClass}
                  messageId={`event-delete-${event.id}`}
                />
              </li>
            ))}
          </ol>
          <h3 className="mb-3 text-lg font-semibold">{timeline("addHeading")}</h3>
          <EventForm defenderId={defender.id} kindOptions={kindOptions} initial={{ occurredOn: "", kind: "arrest", text: "", sourceUrl: "" }} />
        </section>
      </div>
    </>
  );
}
