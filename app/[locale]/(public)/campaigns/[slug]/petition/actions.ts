"use server";

import { signatureAction } from "@/server/supporter-actions/signature";

/**
 * Signs a campaign's petition: the supporter pipeline for confirmed kinds,
 * built from the petition's row in lib/action-kinds.ts (name, email, country,
 * optional comment; stored pending, confirmation mailed, then "check your email").
 */
export const signPetition = signatureAction("petition");
