import { getTranslations } from "next-intl/server";
import Link from "@/i18n/link";
import type { ActionKind } from "@/db/schema/enums";
import { actionKindTable, actionPath, kindMessageKey } from "@/lib/action-kinds";

/** The actions a supporter can take, each with what it involves; with a campaign, each links to its form. */
export async function ActionKindList({
  kinds,
  columns = 1,
  campaignSlug,
}: {
  kinds: readonly ActionKind[];
  columns?: 1 | 2 | 3;
  campaignSlug?: string;
}) {
  const [tKind, tDescription] = await Promise.all([
    getTranslations(),
    getTranslations(),
  ]);
  const grid = columns === 3 ? "sm:grid-cols-2 lg:grid-cols-3" : columns === 2 ? "sm:grid-cols-2" : "";
  return (
    <ul className={`grid gap-3 ${grid}`}>
      {kinds.map((kind) => (
        <li key={kind} className="flex gap-3 rounded-lg border border-line bg-surface p-4">
          <ActionKindIcon kind={kind} />
          <div>
            <p className="font-semibold">
              {campaignSlug ? (
                <Link href={actionPath(campaignSlug, kind)} className="underline-offset-4 hover:underline">
                  {tKind(kindMessageKey(kind, "label"))}
                </Link>
              ) : (
                tKind(kindMessageKey(kind, "label"))
              )}
            </p>
            <p className="mt-0.5 text-sm text-muted">{tDescription(kindMessageKey(kind, "description"))}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}

function ActionKindIcon({ kind }: { kind: ActionKind }) {
  return (
    <span aria-hidden="true" className="mt-0.5 inline-flex size-9 shrink-0 items-center justify-center rounded-full bg-accent-soft text-brand">
      <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinejoin="round" strokeLinecap="round">
        <path d={actionKindTable[kind].icon} />
      </svg>
    </span>
  );
}
