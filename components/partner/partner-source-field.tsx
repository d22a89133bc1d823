import { Checkbox } from "@/components/form";
import type { PartnerSourceChoice } from "@/lib/partner-source";

export type { PartnerSourceChoice };

/**
 * The partner part of every supporter form (ADR 0029): the hidden `source` code and the
 * "<Partner> may contact me about its work" box, unticked unless the supporter ticked it
 * before a re-render (`values.partnerContact`). Renders nothing without a source the page
 * resolved. Plain markup (no hooks): usable in server and client components, with
 * JavaScript off.
 */
export function PartnerSourceField({
  source,
  values,
  contact = true,
}: {
  source: PartnerSourceChoice | null | undefined;
  values?: Record<string, string>;
  /** Offer the box; false on forms that collect no way to reach the supporter (a tweet click, an "I did it"), where the consent would mean nothing. */
  contact?: boolean;
}) {
  if (!source) return null;
  return (
    <>
      <input type="hidden" name="source" value={source.code} />
      {contact ? (
        <Checkbox name="partnerContact" label={source.contactLabel} hint={source.contactHint} defaultChecked={values?.partnerContact === "on"} />
      ) : null}
    </>
  );
}
