import type { Ref } from "react";
import Link from "@/i18n/link";
import { NewWindowLink } from "@/components/embed/new-window-link";

/** The words of "check your email" (SupporterActions.checkEmail), put together on the server (check-email.tsx `checkEmailLabels`). */
export interface CheckEmailLabels {
  /** Where it is shown: a page of the site, or an embed in a partner's frame (smaller, and its way out opens a new window). */
  frame: "page" | "embed";
  heading: string;
  body: string;
  /** The spam note, with the confirm window's days. */
  spam: string;
  /** The way back to the campaign: its page on the site; from an embed, "Open on Inkwell" (absolute) in a new window. */
  back: { label: string; href: string; newWindow?: string };
}

/** Class names per frame. */
const look = {
  page: { headingClass: "text-4xl font-semibold tracking-tight", bodyClass: "mt-4 text-lg", spamClass: "mt-3 text-muted", backClass: "mt-8" },
  embed: { headingClass: "text-xl font-semibold", bodyClass: "mt-3", spamClass: "mt-2 text-sm text-muted", backClass: "mt-4" },
} as const;

/**
 * "Check your email", the one answer to every accepted signature: the same
 * markup on the kind's sent page (no JavaScript) and in place of the form
 * (check-email-in-place.tsx). With a `headingRef` the heading can take focus.
 */
export function CheckEmailAnswer({ labels, level = 1, headingRef }: { labels: CheckEmailLabels; level?: 1 | 2; headingRef?: Ref<HTMLHeadingElement> }) {
  const style = look[labels.frame];
  const Heading = level === 1 ? "h1" : "h2";
  const { back } = labels;
  return (
    <>
      <Heading ref={headingRef} tabIndex={headingRef ? -1 : undefined} className={style.headingClass}>
        {labels.heading}
      </Heading>
      <p className={style.bodyClass} role="status">
        {labels.body}
      </p>
      <p className={style.spamClass}>{labels.spam}</p>
      <p className={style.backClass}>
        {back.newWindow === undefined ? (
          <Link href={back.href} className="text-brand underline">
            {back.label}
          </Link>
        ) : (
          <NewWindowLink href={back.href} label={back.label} newWindow={back.newWindow} />
        )}
      </p>
    </>
  );
}
