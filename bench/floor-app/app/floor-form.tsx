"use client";

import { useActionState } from "react";
import { floorSign, type FloorState } from "./actions";

const initialState: FloorState = { ok: false };

/** The same form as the main app's floor form: useActionState, so the post carries [previousState, formData]. */
export function FloorForm() {
  const [state, action] = useActionState(floorSign, initialState);
  return (
    <form action={action}>
      <input type="hidden" name="campaign" value="" />
      <button type="submit">floor</button>
      <p role="status">{state.ok ? "ok" : ""}</p>
    </form>
  );
}
