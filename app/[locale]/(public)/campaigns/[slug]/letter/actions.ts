"use server";

import { signatureAction } from "@/server/supporter-actions/signature";

/**
 * Signs a campaign's letter: stored pending, a confirmation link mailed, the
 * "check your email" page after (server/supporter-actions/signature.ts).
 */
export const signLetter = signatureAction("letter");
