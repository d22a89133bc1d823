"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import type { ActionState } from "@/server/action";
import { unsubscribeAction } from "./actions";

const initialState: ActionState = { ok: false };

interface Props {
  token: string;
  alreadyUnsubscribed: boolean;
  text: { lead: string; already: string; submit: string; submitting: string };
}

/**
 * One button: opening the emailed link (GET) changes nothing, this POST does.
 * After the POST the page is rendered again as "already unsubscribed", so the
 * action's answer is shown first when there is one.
 */
export function UnsubscribeForm({ token, alreadyUnsubscribed, text }: Props) {
  const [state, action] = useActionState(unsubscribeAction, initialState);
  const done = state.ok || alreadyUnsubscribed;
  return (
    <form action={action} className="mt-4 flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      {done ? null : <p className="text-lg text-muted">{text.lead}</p>}
      <FormMessage state={state} />
      {alreadyUnsubscribed && !state.message ? (
        <p className="text-lg" role="status">
          {text.already}
        </p>
      ) : null}
      {done ? null : (
        <div>
          <SubmitButton pendingLabel={text.submitting}>{text.submit}</SubmitButton>
        </div>
      )}
    </form>
  );
}
