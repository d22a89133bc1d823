"use client";

import { PartnerSourceField, type PartnerSourceChoice } from "@/components/partner/partner-source-field";
import { useActionState } from "react";
import { CheckEmailInPlace } from "@/components/campaign/check-email-in-place";
import type { CheckEmailLabels } from "@/components/campaign/check-email-answer";
import { SignerFields } from "@/components/campaign/signer-fields";
import { ProofOfWork, type ProofOfWorkLabels } from "@/components/captcha/proof-of-work";
import { Checkbox, FormMessage, SubmitButton, TextArea, TextField, type SelectOption } from "@/components/form";
import type { ActionState } from "@/server/action";
import { signLetter } from "./actions";
import { Honeypot } from "./honeypot";

export interface LetterFormLabels {
  optional: string;
  name: string;
  email: string;
  emailHint: string;
  country: string;
  countryPlaceholder: string;
  city: string;
  personalText: string;
  personalTextHint: string;
  showName: string;
  showNameHint: string;
  showText: string;
  showTextHint: string;
  wantsUpdates: string;
  wantsUpdatesHint: string;
  highRiskNote: string;
  honeypot: string;
  submit: string;
  submitting: string;
  captcha: ProofOfWorkLabels;
  /** The answer shown in place of the form once the action says `sent` (JavaScript on). */
  checkEmail: CheckEmailLabels;
}

interface LetterFormProps {
  campaignSlug: string;
  idempotencyKey: string;
  country: string | null;
  countries: SelectOption[];
  /** The language of the letter shown, posted with the signature (checked against the campaign's templates). */
  language: string | null;
  highRisk: boolean;
  personalTextLimit: number;
  labels: LetterFormLabels;
  /** The partner the page's ?source= named (ADR 0029), or null. */
  source?: PartnerSourceChoice | null;
}

const initialState: ActionState = { ok: false };

/** The signing form. Posts to signLetter; with JavaScript off the page re-renders with the action's answer. */
export function LetterForm({ campaignSlug, idempotencyKey, country, countries, language, highRisk, personalTextLimit, labels, source }: LetterFormProps) {
  const [state, action] = useActionState(signLetter, initialState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  if (state.sent) return <CheckEmailInPlace labels={labels.checkEmail} />;
  return (
    <form action={action} noValidate className="relative space-y-5">
      <FormMessage state={state} id="letter-form-message" />
      <input type="hidden" name="campaign" value={campaignSlug} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {language ? <input type="hidden" name="language" value={language} /> : null}
      <TextArea
        name="personalText"
        label={labels.personalText}
        optionalLabel={labels.optional}
        hint={labels.personalTextHint}
        maxLength={personalTextLimit}
        defaultValue={values.personalText}
        errors={errors.personalText}
      />
      <SignerFields labels={labels} countries={countries} country={country} values={values} errors={errors} />
      <TextField
        name="city"
        label={labels.city}
        optionalLabel={labels.optional}
        autoComplete="address-level2"
        defaultValue={values.city}
        errors={errors.city}
      />
      {highRisk ? (
        <p className="rounded-md bg-tone-amber-soft p-3 text-sm text-tone-amber">{labels.highRiskNote}</p>
      ) : (
        <>
          <Checkbox
            name="showName"
            label={labels.showName}
            hint={labels.showNameHint}
            defaultChecked={values.showName === "on"}
            errors={errors.showName}
          />
          <Checkbox
            name="showText"
            label={labels.showText}
            hint={labels.showTextHint}
            defaultChecked={values.showText === "on"}
            errors={errors.showText}
          />
        </>
      )}
      <Checkbox
        name="wantsUpdates"
        label={labels.wantsUpdates}
        hint={labels.wantsUpdatesHint}
        defaultChecked={values.wantsUpdates === "on"}
        errors={errors.wantsUpdates}
      />
      <PartnerSourceField source={source} values={values} />
      <Honeypot label={labels.honeypot} />
      <ProofOfWork labels={labels.captcha} />
      <SubmitButton pendingLabel={labels.submitting}>{labels.submit}</SubmitButton>
    </form>
  );
}
