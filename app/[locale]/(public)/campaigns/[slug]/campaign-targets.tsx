import { getLocale, getTranslations } from "next-intl/server";
import { TargetContact } from "@/components/campaign/target-contact";
import type { CampaignPageTarget } from "@/db/queries/public-campaign-page";
import { countryName } from "@/lib/format";
import { kindMessageKey } from "@/lib/action-kinds";

type CampaignTranslator = Awaited<ReturnType<typeof getTranslations<"Campaign">>>;

/** Targets that share a rule and a responsible state are shown under one heading, in campaign order. */
function groupByRule(targets: CampaignPageTarget[]): CampaignPageTarget[][] {
  const groups = new Map<string, CampaignPageTarget[]>();
  for (const target of targets) {
    const key = `${target.rule}:${target.responsibleState ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), target]);
  }
  return [...groups.values()];
}

/** Who to contact: fixed targets, embassy rules with the known embassies, fallbacks. */
export async function CampaignTargets({ targets }: { targets: CampaignPageTarget[] }) {
  const t = await getTranslations("Campaign");
  return (
    <section aria-labelledby="targets-heading">
      <h2 id="targets-heading" className="text-3xl font-semibold">
        {t("targetsHeading")}
      </h2>
      <p className="mt-2 text-muted">{t("targetsLead")}</p>
      {targets.length === 0 ? (
        <p className="mt-4">{t("targetsNone")}</p>
      ) : (
        <div className="mt-6 space-y-8">
          {groupByRule(targets).map((group) => (
            <TargetGroup key={group[0]!.id} group={group} />
          ))}
        </div>
      )}
    </section>
  );
}

function groupHeading(target: CampaignPageTarget, state: string, t: CampaignTranslator): string {
  if (target.rule === "embassy") return t("embassyOf", { state });
  if (target.rule === "fallback") return t("fallbackFor", { state });
  return t("fixedFor");
}

async function TargetGroup({ group }: { group: CampaignPageTarget[] }) {
  const [t, locale] = await Promise.all([getTranslations("Campaign"), getLocale()]);
  const first = group[0]!;
  const state = first.responsibleState ? countryName(first.responsibleState, locale) : "";
  return (
    <div>
      <h3 className="font-sans text-lg font-semibold">{groupHeading(first, state, t)}</h3>
      <ul className={`mt-3 grid gap-4 ${group.length > 1 && first.rule !== "embassy" ? "lg:grid-cols-2" : ""}`}>
        {group.map((target) => (
          <li key={target.id}>
            <ActionKindsNote target={target} />
            {target.rule === "embassy" ? (
              <EmbassyDirectory target={target} state={state} />
            ) : target.target ? (
              <TargetContact target={target.target} />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

async function ActionKindsNote({ target }: { target: CampaignPageTarget }) {
  if (target.actionKinds.length === 0) return null;
  const [t, tKind] = await Promise.all([getTranslations("Campaign"), getTranslations()]);
  const kinds = target.actionKinds.map((kind) => tKind(kindMessageKey(kind, "short"))).join(", ");
  return <p className="mb-2 text-sm text-muted">{t("targetFor", { kinds })}</p>;
}

async function EmbassyDirectory({ target, state }: { target: CampaignPageTarget; state: string }) {
  const [t, locale] = await Promise.all([getTranslations("Campaign"), getLocale()]);
  if (target.embassies.length === 0) return <p>{t("embassiesNone", { state })}</p>;
  return (
    <div>
      <p>{t("embassyExplanation", { state })}</p>
      <details className="mt-3 rounded-lg border border-line bg-surface open:pb-4">
        <summary className="cursor-pointer rounded-lg px-4 py-3 font-semibold text-brand">
          {t("embassiesSummary", { count: target.embassies.length })}
          {target.embassies.some((embassy) => embassy.isExample) ? (
            <span className="ms-3 inline-block rounded-md bg-tone-amber-soft px-2 py-0.5 text-xs font-bold tracking-wide text-tone-amber uppercase ring-1 ring-tone-amber/30 ring-inset">
              {t("embassiesExample")}
            </span>
          ) : null}
        </summary>
        <ul className="mt-1 grid gap-4 px-4 md:grid-cols-2">
          {target.embassies.map((embassy, i) => (
            <li key={`${embassy.hostCountry}-${i}`}>
              <p className="mb-1.5 text-sm font-semibold tracking-wide text-muted uppercase">
                {t("embassyIn", { country: embassy.hostCountry ? countryName(embassy.hostCountry, locale) : "—" })}
              </p>
              <TargetContact target={embassy} headingLevel={4} />
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
