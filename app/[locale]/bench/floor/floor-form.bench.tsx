"use client";

import { useActionState } from "react";
import type { ActionState } from "@/server/action";
import { floorSign } from "./floor-action.bench";

const initialState: ActionState = { ok: false };

/** The benchmark posts to this form's action directly; the page exists so the action is built. */
export function FloorForm() {
  const [state, action] = useActionState(floorSign, initialState);
  return (
    <form action={action} className="mx-auto max-w-md p-6">
      <input type="hidden" name="campaign" value="" />
      <button type="submit">floor</button>
      <p role="status">{state.ok ? "ok" : ""}</p>
    </form>
  );
}
