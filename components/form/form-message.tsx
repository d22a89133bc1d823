/**
 * The form-level answer of an action (ActionState.message). Errors are an
 * alert, successes a status, so screen readers announce both after a submit.
 * The region is always rendered so that its later content is announced.
 */
export function FormMessage({ state, id = "form-message" }: { state: { ok: boolean; message?: string }; id?: string }) {
  const tone = state.ok ? "bg-tone-green-soft text-tone-green" : "bg-tone-red-soft text-tone-red";
  return (
    <div id={id} role={state.ok ? "status" : "alert"} aria-live={state.ok ? "polite" : "assertive"}>
      {state.message ? <p className={`rounded-md p-3 font-semibold ${tone}`}>{state.message}</p> : null}
    </div>
  );
}
