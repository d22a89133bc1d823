"use client";

import { PartnerSourceField, type PartnerSourceChoice } from "@/components/partner/partner-source-field";
import { useActionState } from "react";
import { CheckEmailInPlace } from "@/components/campaign/check-email-in-place";
import type { CheckEmailLabels } from "@/components/campaign/check-email-answer";
import { SignerCountryField, SignerEmailField } from "@/components/campaign/signer-fields";
import { ProofOfWork, type ProofOfWorkLabels } from "@/components/captcha/proof-of-work";
import { FormMessage, SubmitButton, TextField, type SelectOption } from "@/components/form";
import type { ActionState } from "@/server/action";
import { Honeypot } from "../letter/honeypot";
import { signOn } from "./actions";

export interface SignOnFormLabels {
  optional: string;
  organisationName: string;
  country: string;
  countryPlaceholder: string;
  website: string;
  websiteHint: string;
  contactEmail: string;
  contactEmailHint: string;
  honeypot: string;
  submit: string;
  submitting: string;
  captcha: ProofOfWorkLabels;
  /** The answer shown in place of the form once the action says `sent` (JavaScript on). */
  checkEmail: CheckEmailLabels;
}

const initialState: ActionState = { ok: false };

/** The organisation sign-on form; works without JavaScript like the letter form. */
export function SignOnForm({
  campaignSlug,
  idempotencyKey,
  countries,
  labels,
  source,
}: {
  campaignSlug: string;
  idempotencyKey: string;
  countries: SelectOption[];
  labels: SignOnFormLabels;
  /** The partner the page's ?source= named (ADR 0029), or null. */
  source?: PartnerSourceChoice | null;
}) {
  const [state, action] = useActionState(signOn, initialState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  if (state.sent) return <CheckEmailInPlace labels={labels.checkEmail} />;
  return (
    <form action={action} noValidate className="relative space-y-5">
      <FormMessage state={state} id="sign-on-form-message" />
      <input type="hidden" name="campaign" value={campaignSlug} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <TextField
        name="organisationName"
        label={labels.organisationName}
        autoComplete="organization"
        required
        defaultValue={values.organisationName}
        errors={errors.organisationName}
      />
      <SignerCountryField label={labels.country} placeholder={labels.countryPlaceholder} countries={countries} values={values} errors={errors} />
      <TextField
        name="organisationWebsite"
        type="url"
        inputMode="url"
        label={labels.website}
        optionalLabel={labels.optional}
        hint={labels.websiteHint}
        autoComplete="url"
        defaultValue={values.organisationWebsite}
        errors={errors.organisationWebsite}
      />
      <SignerEmailField label={labels.contactEmail} hint={labels.contactEmailHint} values={values} errors={errors} />
      <PartnerSourceField source={source} values={values} />
      <Honeypot label={labels.honeypot} />
      <ProofOfWork labels={labels.captcha} />
      <SubmitButton pendingLabel={labels.submitting}>{labels.submit}</SubmitButton>
    </form>
  );
}
