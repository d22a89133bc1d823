import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ActionKind } from "@/db/schema/enums";
import { actionPath } from "@/lib/routes";

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
    getTranslations("Enums.actionKind"),
    getTranslations("Enums.actionKindDescription"),
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
                  {tKind(kind)}
                </Link>
              ) : (
                tKind(kind)
              )}
            </p>
            <p className="mt-0.5 text-sm text-muted">{tDescription(kind)}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}

const iconPaths: Record<ActionKind, string> = {
  letter: "M4 6h16v12H4z M4 6l8 7 8-7",
  tweet: "M5 5h14v10H9l-4 4z",
  email: "M3 7l9 6 9-6 M3 7h18v11H3z",
  call: "M6 3h4l1.5 5-2.5 1.5a11 11 0 0 0 5.5 5.5L16 12.5l5 1.5v4a2 2 0 0 1-2 2A16 16 0 0 1 4 5a2 2 0 0 1 2-2",
  solidarity: "M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z",
  org_signon: "M4 20V8l8-4 8 4v12 M9 20v-6h6v6 M4 20h16",
  petition: "M6 3h12v18H6z M9 8h6 M9 12h6 M9 17c1-1.5 2-1.5 3 0s2 1.5 3 0",
};

function ActionKindIcon({ kind }: { kind: ActionKind }) {
  return (
    <span aria-hidden="true" className="mt-0.5 inline-flex size-9 shrink-0 items-center justify-center rounded-full bg-accent-soft text-brand">
      <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinejoin="round" strokeLinecap="round">
        <path d={iconPaths[kind]} />
      </svg>
    </span>
  );
}
