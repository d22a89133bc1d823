import { getLocale, getTranslations } from "next-intl/server";
import type { ChannelTarget } from "@/db/queries/supporter-actions";
import Link from "@/i18n/link";
import { routes } from "@/lib/routes";
import type { ChannelProblem } from "@/lib/targets/health";

const nameOf = (target: { honorific: string | null; name: string }) => [target.honorific, target.name].filter(Boolean).join(" ");

async function problemWords(problem: ChannelProblem) {
  const [t, locale] = await Promise.all([getTranslations("ChannelHealth"), getLocale()]);
  return {
    channel: t(`channel.${problem.channel}`),
    date: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(problem.since),
    why: problem.reason ? t("reason", { reason: problem.reason }) : t(`cause.${problem.cause}`),
  };
}

/**
 * Why this target is offered instead of another (its channel is failing), or
 * why this target's channel is not offered at all (ADR 0028). Nothing otherwise.
 */
export async function ChannelHealthNote({ target, campaignSlug }: { target: ChannelTarget; campaignSlug: string }) {
  const t = await getTranslations("ChannelHealth");
  if (target.replaces) {
    const words = await problemWords(target.replaces.problem);
    return (
      <p className="rounded-md bg-tone-amber-soft p-3 text-sm text-tone-amber">
        {t("replaced", { channel: words.channel, target: nameOf(target.replaces.target), date: words.date, fallback: nameOf(target.target) })}{" "}
        {words.why}
      </p>
    );
  }
  if (target.problem) {
    const words = await problemWords(target.problem);
    return (
      <div className="rounded-md bg-tone-amber-soft p-3 text-sm text-tone-amber">
        <p>
          {t("unavailable", { channel: words.channel, target: nameOf(target.target), date: words.date })} {words.why}
        </p>
        <p className="mt-2">
          <Link href={routes.campaign(campaignSlug)}>{t("otherWays")}</Link>
        </p>
      </div>
    );
  }
  return null;
}
