/**
 * The one way to say no (ADR 0020). A query function or `assertCan` throws a
 * `Refused` when the viewer may not do something to an object, or the object
 * is not there for them; the action builder (server/action.ts) answers it with
 * `{ ok: false, message }` and pages (server/guards.ts `orNotFound`) with a 404.
 *
 * - "forbidden": the viewer's role does not grant the permission at all.
 * - "notFound": the object does not exist or is not the viewer's: the two are
 *   deliberately indistinguishable, so ids of other people's rows leak nothing.
 * - "notAllowed": the object is theirs, but not in a state that permits this
 *   (a campaign status move the lifecycle rule does not have).
 *
 * Outcomes the viewer can fix in the form (a slug taken, a member already
 * there) are not refusals: they stay `{ ok: false, reason }` results next to
 * their field.
 */
export type RefusalReason = "forbidden" | "notFound" | "notAllowed";

export class Refused extends Error {
  override readonly name = "Refused";

  constructor(
    readonly reason: RefusalReason,
    detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}

/** Throws the refusal: `if (!row) refuse("notFound")`. */
export function refuse(reason: RefusalReason, detail?: string): never {
  throw new Refused(reason, detail);
}

export function isRefused(error: unknown): error is Refused {
  return error instanceof Refused;
}
