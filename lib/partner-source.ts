/**
 * Partner attribution, the pure part (ADR 0029): a source's code as links and forms carry it
 * (?source=<code>), and what a supporter form shows for a known source.
 */

/** The code's shape, as partner_sources' check constraint has it. */
export const partnerCodePattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const partnerCodeMaxLength = 40;

/** A code from a link or a form, or null when it cannot be one (never an error: the action is then recorded without a source). */
export function partnerCode(value: string | null | undefined): string | null {
  const code = value?.trim().toLowerCase() ?? "";
  return code.length > 0 && code.length <= partnerCodeMaxLength && partnerCodePattern.test(code) ? code : null;
}

/** What a supporter form needs for a partner source the page resolved (server/supporter-actions/partner.ts partnerSourceForPage). */
export interface PartnerSourceChoice {
  code: string;
  name: string;
  siteUrl: string | null;
  /** "<Partner> may contact me about its work". */
  contactLabel: string;
  contactHint: string;
}
