"use server";

import { insertFloorRow } from "@/db/queries/bench-floor";
import type { ActionState } from "@/server/action";

/**
 * The framework floor of the signing benchmark (bench B): a server action that
 * only inserts one row. Exists only in builds made with INKWELL_BENCH_BUILD=1.
 */
export async function floorSign(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await insertFloorRow({
    campaignId: String(formData.get("campaign") ?? ""),
    emailHash: String(formData.get("email") ?? ""),
    country: String(formData.get("country") ?? "").slice(0, 2),
    idempotencyKey: String(formData.get("idempotencyKey") ?? ""),
  });
  return { ok: true };
}
