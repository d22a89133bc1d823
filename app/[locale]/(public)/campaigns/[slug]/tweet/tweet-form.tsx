"use client";

import { PartnerSourceField, type PartnerSourceChoice } from "@/components/partner/partner-source-field";
import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/form";
import type { ActionState } from "@/server/action";
import { recordTweet } from "./actions";

const buttonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md px-5 py-2 font-semibold aria-disabled:opacity-70";

/**
 * Posting buttons for one prepared tweet. A plain form POST, so it works without
 * JavaScript: the action records the click, then redirects to the network.
 */
export function TweetForm({
  campaignSlug,
  targetId,
  country,
  idempotencyKey,
  formId,
  labels,
  source,
}: {
  campaignSlug: string;
  targetId: string | null;
  country: string | null;
  idempotencyKey: string;
  formId: string;
  labels: { x: string; bluesky: string; newWindowHint: string };
  /** The partner the page's ?source= named (ADR 0029): counted, no box (a tweet click stores nothing to contact). */
  source?: PartnerSourceChoice | null;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(recordTweet, { ok: false });
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="campaignSlug" value={campaignSlug} />
      <input type="hidden" name="targetId" value={targetId ?? ""} />
      <input type="hidden" name="country" value={country ?? ""} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <PartnerSourceField source={source} contact={false} />
      <FormMessage state={state} id={`${formId}-message`} />
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          name="network"
          value="x"
          aria-disabled={pending || undefined}
          className={`${buttonClass} bg-brand text-white hover:bg-brand-dark`}
        >
          {labels.x}
        </button>
        <button
          type="submit"
          name="network"
          value="bluesky"
          aria-disabled={pending || undefined}
          className={`${buttonClass} border border-brand text-brand hover:bg-brand-soft`}
        >
          {labels.bluesky}
        </button>
      </div>
      <p className="text-sm text-muted">{labels.newWindowHint}</p>
    </form>
  );
}

/**
 * "Post on Mastodon": the supporter's server, then the same action as X and
 * Bluesky, so the post is counted like theirs before the supporter is sent to
 * their server's compose page. A bad server name is shown next to the field.
 */
export function MastodonForm({
  campaignSlug,
  targetId,
  country,
  idempotencyKey,
  formId,
  labels,
  source,
}: {
  campaignSlug: string;
  targetId: string | null;
  country: string | null;
  idempotencyKey: string;
  formId: string;
  labels: { server: string; post: string };
  source?: PartnerSourceChoice | null;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(recordTweet, { ok: false });
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="campaignSlug" value={campaignSlug} />
      <input type="hidden" name="targetId" value={targetId ?? ""} />
      <input type="hidden" name="country" value={country ?? ""} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="network" value="mastodon" />
      <PartnerSourceField source={source} contact={false} />
      <FormMessage state={state} id={`${formId}-mastodon-message`} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <TextField
            name="server"
            id={`${formId}-mastodon`}
            label={labels.server}
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            required
            placeholder="mastodon.social"
            defaultValue={state.values?.server ?? ""}
            errors={state.fieldErrors?.server}
          />
        </div>
        <button
          type="submit"
          aria-disabled={pending || undefined}
          className={`${buttonClass} border border-brand text-brand hover:bg-brand-soft`}
        >
          {labels.post}
        </button>
      </div>
    </form>
  );
}
