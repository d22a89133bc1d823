"use server";

import { signatureAction } from "@/server/supporter-actions/signature";

/**
 * An organisation signs on to a campaign's open letter: pending until its
 * contact confirms by email, and listed only once the organisers approve it.
 * Deduped per contact email, answered the same way for a repeat
 * (server/supporter-actions/signature.ts).
 */
export const signOn = signatureAction("org_signon");
