import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageIntro } from "@/components/ui/page-intro";
import { listOutboxForDev, type DevOutboxMail } from "@/db/queries/mail";
import { devOutboxOpenTo, linkify } from "@/lib/mail/dev-outbox";

export const dynamic = "force-dynamic";

const shownMails = 100;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DevMail");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

function Body({ text }: { text: string }) {
  return (
    <pre className="mt-3 overflow-x-auto rounded-md bg-paper p-3 font-sans text-sm whitespace-pre-wrap break-words">
      {linkify(text).map((piece, i) =>
        piece.kind === "link" ? (
          <a key={i} href={piece.href} className="break-all">
            {piece.href}
          </a>
        ) : (
          piece.text
        ),
      )}
    </pre>
  );
}

async function MailItem({ mail }: { mail: DevOutboxMail }) {
  const [t, format] = await Promise.all([getTranslations("DevMail"), getFormatter()]);
  const when = (date: Date) => (
    <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" })}</time>
  );
  return (
    <li className="rounded-xl border border-line bg-surface p-4 sm:p-5">
      <h2 className="font-serif text-xl font-semibold">{mail.subject}</h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">{t("to")}</dt>
        <dd className="break-all">{mail.toAddress}</dd>
        <dt className="text-muted">{t("status")}</dt>
        <dd>{t(`statuses.${mail.status}`)}</dd>
        <dt className="text-muted">{t("attempts")}</dt>
        <dd>{mail.attempts}</dd>
        <dt className="text-muted">{t("created")}</dt>
        <dd>{when(mail.createdAt)}</dd>
        {mail.sentAt ? (
          <>
            <dt className="text-muted">{t("sent")}</dt>
            <dd>{when(mail.sentAt)}</dd>
          </>
        ) : null}
        {mail.lastError ? (
          <>
            <dt className="text-muted">{t("lastError")}</dt>
            <dd className="text-tone-red">{mail.lastError}</dd>
          </>
        ) : null}
      </dl>
      <details className="mt-2" open>
        <summary className="cursor-pointer text-sm font-semibold">{t("body")}</summary>
        <Body text={mail.textBody} />
      </details>
    </li>
  );
}

export default async function DevMailPage() {
  if (!devOutboxOpenTo(await headers())) notFound();
  const [t, mails] = await Promise.all([getTranslations("DevMail"), listOutboxForDev(shownMails)]);
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <PageIntro title={t("title")} lead={t("lead")} />
      {mails.length === 0 ? (
        <div className="mt-8">
          <EmptyState title={t("empty")}>{t("emptyBody")}</EmptyState>
        </div>
      ) : (
        <>
          <p className="mt-6 text-sm text-muted">{t("showing", { count: mails.length })}</p>
          <ul className="mt-4 space-y-4">
            {mails.map((mail) => (
              <MailItem key={mail.id} mail={mail} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
