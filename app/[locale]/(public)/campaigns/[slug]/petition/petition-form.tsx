"use client";

import { PartnerSourceField, type PartnerSourceChoice } from "@/components/partner/partner-source-field";
import { useActionState } from "react";
import { CheckEmailInPlace } from "@/components/campaign/check-email-in-place";
import type { CheckEmailLabels } from "@/components/campaign/check-email-answer";
import { SignerFields } from "@/components/campaign/signer-fields";
import { ProofOfWork, type ProofOfWorkLabels } from "@/components/captcha/proof-of-work";
import { FormMessage, SubmitButton, TextArea, type SelectOption } from "@/components/form";
import type { ActionState } from "@/server/action";
import { Honeypot } from "../letter/honeypot";
import { signPetition } from "./actions";

export interface PetitionFormLabels {
  optional: string;
  name: string;
  email: string;
  emailHint: string;
  country: string;
  countryPlaceholder: string;
  comment: string;
  commentHint: string;
  honeypot: string;
  submit: string;
  submitting: string;
  captcha: ProofOfWorkLabels;
  /** The answer shown in place of the form once the action says `sent` (JavaScript on). */
  checkEmail: CheckEmailLabels;
}

interface PetitionFormProps {
  campaignSlug: string;
  idempotencyKey: string;
  country: string | null;
  countries: SelectOption[];
  /** The language of the petition text shown, posted with the signature (checked against the campaign's texts). */
  language: string | null;
  commentLimit: number;
  labels: PetitionFormLabels;
  /** The partner the page's ?source= named (ADR 0029), or null. */
  source?: PartnerSourceChoice | null;
}

const initialState: ActionState = { ok: false };

/** Name, email, country and an optional comment; posts to signPetition, so it works with JavaScript off. */
export function PetitionForm({ campaignSlug, idempotencyKey, country, countries, language, commentLimit, labels, source }: PetitionFormProps) {
  const [state, action] = useActionState(signPetition, initialState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  if (state.sent) return <CheckEmailInPlace labels={labels.checkEmail} />;
  return (
    <form action={action} noValidate className="relative space-y-5">
      <FormMessage state={state} id="petition-form-message" />
      <input type="hidden" name="campaign" value={campaignSlug} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {language ? <input type="hidden" name="language" value={language} /> : null}
      <SignerFields labels={labels} countries={countries} country={country} values={values} errors={errors} />
      <TextArea
        name="comment"
        label={labels.comment}
        optionalLabel={labels.optional}
        hint={labels.commentHint}
        maxLength={commentLimit}
        defaultValue={values.comment}
        errors={errors.comment}
      />
      <PartnerSourceField source={source} values={values} />
      <Honeypot label={labels.honeypot} />
      <ProofOfWork labels={labels.captcha} />
      <SubmitButton pendingLabel={labels.submitting}>{labels.submit}</SubmitButton>
    </form>
  );
}
