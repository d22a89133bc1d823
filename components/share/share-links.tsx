import { getTranslations } from "next-intl/server";
import { CopyLink } from "./copy-link";
import {
  blueskyIntentUrl,
  emailShareUrl,
  mastodonSharePath,
  shareMessage,
  xIntentUrl,
  type ShareContent,
} from "./share-urls";

interface ShareLinksProps extends ShareContent {
  /** Heading level of the section title; the thanks page and the campaign page sit at different depths. */
  headingLevel?: 2 | 3;
  className?: string;
}

const linkClass =
  "inline-flex items-center rounded-md border border-line bg-surface px-3 py-2 text-sm font-semibold hover:border-brand hover:text-brand focus-visible:outline-2 focus-visible:outline-offset-2";

/**
 * Share links for X, Bluesky, Mastodon and email, and the link itself to copy.
 * Plain links and a GET form: everything works without JavaScript, and no
 * third-party script or image is loaded until the reader follows a link.
 * `url` must be absolute.
 */
export async function ShareLinks({ headingLevel = 2, className, ...content }: ShareLinksProps) {
  const t = await getTranslations("Share");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `share-heading-${headingLevel}`;
  const newTab = { target: "_blank", rel: "noopener noreferrer" } as const;
  return (
    <section aria-labelledby={headingId} className={className}>
      <Heading id={headingId} className="text-xl font-semibold">
        {t("heading")}
      </Heading>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      <ul className="mt-3 flex flex-wrap gap-2">
        <li>
          <a href={xIntentUrl(content)} className={linkClass} {...newTab}>
            {t("x")}
            <span className="sr-only"> {t("newWindow")}</span>
          </a>
        </li>
        <li>
          <a href={blueskyIntentUrl(content)} className={linkClass} {...newTab}>
            {t("bluesky")}
            <span className="sr-only"> {t("newWindow")}</span>
          </a>
        </li>
        <li>
          <a href={emailShareUrl(content)} className={linkClass}>
            {t("email")}
          </a>
        </li>
      </ul>
      <form action={mastodonSharePath} method="get" target="_blank" className="mt-4">
        <input type="hidden" name="text" value={shareMessage(content)} />
        <label htmlFor={`${headingId}-mastodon`} className="block text-sm font-semibold">
          {t("mastodonLabel")}
        </label>
        <p id={`${headingId}-mastodon-hint`} className="text-sm text-muted">
          {t("mastodonHint")}
        </p>
        <div className="mt-1 flex gap-2">
          <input
            id={`${headingId}-mastodon`}
            name="server"
            type="text"
            inputMode="url"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            required
            placeholder="mastodon.social"
            aria-describedby={`${headingId}-mastodon-hint`}
            className="min-w-0 flex-1 rounded-md border border-line bg-surface px-3 py-2 text-sm"
          />
          <button type="submit" className={linkClass}>
            {t("mastodon")}
            <span className="sr-only"> {t("newWindow")}</span>
          </button>
        </div>
      </form>
      <div className="mt-4">
        <CopyLink
          url={content.url}
          label={t("copyLabel")}
          copyLabel={t("copy")}
          copiedLabel={t("copied")}
          failedLabel={t("copyFailed")}
        />
      </div>
    </section>
  );
}
