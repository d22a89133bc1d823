import "server-only";
import { getTranslations } from "next-intl/server";
import type { RecordOutcome } from "@/db/queries/supporter-actions";
import type { ActionState } from "@/server/action";
import { gateMessage } from "./gate";
import { blockedMessage } from "./screening";

/**
 * The one outcome of the supporter pipeline, whatever the kind: refused
 * (with the supporter's words), or done. A repeat reads exactly like a first
 * submission; a refusal writes nothing.
 */
export type SupporterOutcome = { ok: true; /** "You came here through <partner>": added to the success message (ADR 0029). */ partnerLine?: string } | Refusal;

export interface Refusal {
  ok: false;
  reason: "closed" | "blocked" | "rate_limited" | "unknown_target";
  message: string;
}

/** A refusal from the gate or the lists, already worded. */
export function refused(reason: Refusal["reason"], message: string): Refusal {
  return { ok: false, reason, message };
}

/** The outcome of recording a channel action, worded; a campaign that stopped collecting meanwhile reads like the gate's refusal. */
export async function recorded(outcome: RecordOutcome): Promise<SupporterOutcome> {
  if (outcome === "recorded" || outcome === "repeat") return { ok: true };
  if (outcome === "closed") return refused("closed", await gateMessage("notCollecting"));
  const t = await getTranslations("Channels");
  return refused(outcome, t(outcome === "rate_limited" ? "rateLimited" : "unknownTarget"));
}

/** A refusal for a blocked address: plainly refused, nothing stored. */
export async function blocked(): Promise<Refusal> {
  return refused("blocked", await blockedMessage());
}

/** The form's state (server/action.ts) for an outcome: `success` when done, the refusal otherwise, with the typed values back. */
export function outcomeState(outcome: SupporterOutcome, success: string, values?: Record<string, string>): ActionState {
  return outcome.ok ? { ok: true, message: outcome.partnerLine ? `${success} ${outcome.partnerLine}` : success } : { ok: false, message: outcome.message, ...(values ? { values } : {}) };
}
