import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisePageHeader } from "@/components/organise/page-header";
import { TargetRevisionDiff } from "@/components/organise/target-revision-diff";
import { getTargetForEdit, listPendingTargetRevisions } from "@/db/queries/targets-directory";
import { saveTarget } from "../actions";
import { TargetsMessages } from "../messages-provider";
import { orNotFound, requirePagePermission } from "@/server/guards";
import { TargetForm } from "../target-form";
import { ChannelHealthPanel } from "./channel-health-panel";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Targets");
  return { title: t("metaTitle") };
}

export default async function EditTargetPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const viewer = await requirePagePermission("target:edit:any", `/organise/targets/${id}`);
  const target = await orNotFound(getTargetForEdit(viewer, id));
  const [t, revisionText, pending] = await Promise.all([
    getTranslations("Targets.form"),
    getTranslations("Targets.revisions"),
    listPendingTargetRevisions(viewer, target.id),
  ]);
  return (
    <>
      <OrganisePageHeader title={t("editTitle", { name: target.name })} back={{ href: "/organise/targets", label: t("back") }} />
      <div role="status">
        {query.created ? <p className="mb-6 rounded-md bg-tone-green-soft p-3 font-semibold text-tone-green">{t("created")}</p> : null}
      </div>
      {pending.length > 0 ? (
        <section aria-labelledby="revisions-heading" className="mb-8 rounded-xl border border-line bg-tone-amber-soft p-4">
          <h2 id="revisions-heading" className="text-xl font-semibold">
            {revisionText("heading")}
          </h2>
          <p className="mb-4 max-w-prose">{revisionText("intro")}</p>
          <ul className="flex flex-col gap-4">
            {pending.map((revision) => (
              <li key={revision.id}>
                <TargetRevisionDiff revision={revision} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ChannelHealthPanel
        viewer={viewer}
        targetId={target.id}
        present={{
          email: Boolean(target.email),
          phone: Boolean(target.phone),
          post: target.addressLines.length > 0,
          x: Boolean(target.xHandle),
          bluesky: Boolean(target.blueskyHandle),
        }}
      />
      <TargetsMessages>
        <TargetForm
          action={saveTarget}
          id={target.id}
          initial={{
            kind: target.kind,
            honorific: target.honorific ?? "",
            name: target.name,
            title: target.title ?? "",
            representedState: target.representedState ?? "",
            hostCountry: target.hostCountry ?? "",
            addressLines: target.addressLines.join("\n"),
            city: target.city ?? "",
            postcode: target.postcode ?? "",
            phone: target.phone ?? "",
            email: target.email ?? "",
            xHandle: target.xHandle ?? "",
            blueskyHandle: target.blueskyHandle ?? "",
            website: target.website ?? "",
            language: target.language,
            isExample: target.isExample,
          }}
        />
      </TargetsMessages>
    </>
  );
}
