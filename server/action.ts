import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { redirect } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { admitted, isDatabaseUnreachable, noteDatabaseUnreachable } from "@/lib/admission";
import { isSameOrigin } from "@/lib/origin";
import { assertCan, type PermissionCheck } from "@/lib/permissions";
import { isRefused, type RefusalReason } from "@/lib/refusal";
import { getViewer, type SignedInViewer } from "@/server/viewer";

/** What every form's useActionState receives. Never contains secrets. */
export interface ActionState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** Submitted values to put back in the form (only fields listed in `echo`), for pages without JavaScript. */
  values?: Record<string, string>;
  /** A signature was accepted and its confirmation mail is on its way: the form answers "check your email" in place. */
  sent?: boolean;
}

export interface ActionContext<V> {
  viewer: V;
  formData: FormData;
}

interface Options<S extends z.ZodType, V> {
  schema: S;
  /** Non-secret fields to send back when validation fails. */
  echo?: readonly string[];
  run: (input: z.output<S>, ctx: ActionContext<V>) => Promise<ActionState | void>;
  /**
   * How this form words a refusal (lib/refusal.ts) its queries throw, as
   * catalogue keys ("Organise.campaign.notFound"); a reason not listed is
   * answered with "Actions.<reason>". The builder's own permission check is
   * always "Actions.forbidden", the same answer for every action.
   */
  refusals?: Partial<Record<RefusalReason, string>>;
}

/** A server action anyone may call (signing, tweeting): still Origin-checked, parsed and error-handled. */
export function publicAction<S extends z.ZodType>(options: Options<S, SignedInViewer | null>) {
  return build(options, async () => getViewer());
}

/** A server action that needs a signed-in viewer holding `permission`; anonymous callers go to sign-in. */
export function protectedAction<S extends z.ZodType>(permission: PermissionCheck, options: Options<S, SignedInViewer>) {
  return build(options, async () => {
    const viewer = await getViewer();
    if (!viewer) return redirect("/signin");
    assertCan(viewer, permission);
    return viewer;
  });
}

function build<S extends z.ZodType, V>(options: Options<S, V>, authenticate: () => Promise<V>) {
  // Counted while it runs: proxy.ts sheds new posts with 503 when too many are (lib/admission.ts).
  return async function action(_previous: ActionState, formData: FormData): Promise<ActionState> {
    return admitted(() => runAction(options, authenticate, formData));
  };
}

async function runAction<S extends z.ZodType, V>(
  options: Options<S, V>,
  authenticate: () => Promise<V>,
  formData: FormData,
): Promise<ActionState> {
  const t = await getTranslations("Actions");
  try {
    if (!isSameOrigin(await headers())) return { ok: false, message: t("foreignOrigin") };
    // A crafted action call can pass any serialisable value where the form's data belongs.
    if (!(formData instanceof FormData)) return { ok: false, message: t("notAForm") };
    let viewer: V;
    try {
      viewer = await authenticate();
    } catch (error) {
      if (isRefused(error)) return { ok: false, message: t("forbidden") };
      throw error;
    }
    const input = formDataToObject(formData);
    const unstorable = fieldsWithNulCharacter(input);
    if (unstorable.length) {
      const message = (await getTranslations("Validation"))("nulCharacter");
      return {
        ok: false,
        message: t("fixErrors"),
        fieldErrors: Object.fromEntries(unstorable.map((field) => [field, [message]])),
        values: echoed(formData, options.echo),
      };
    }
    const parsed = options.schema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        message: t("fixErrors"),
        fieldErrors: await translateIssues(parsed.error),
        values: echoed(formData, options.echo),
      };
    }
    return (await options.run(parsed.data, { viewer, formData })) ?? { ok: true };
  } catch (error) {
    unstable_rethrow(error);
    // The one refusal (ADR 0020): the builder's own permission check and the query layer's, worded alike.
    if (isRefused(error)) return { ok: false, message: (await refusalWording(error.reason, options.refusals)) ?? t(error.reason) };
    if (isDatabaseUnreachable(error)) noteDatabaseUnreachable();
    console.error("Server action failed", error);
    return { ok: false, message: t("unexpected"), values: formData instanceof FormData ? echoed(formData, options.echo) : undefined };
  }
}

async function refusalWording(reason: RefusalReason, wording: Options<z.ZodType, unknown>["refusals"]): Promise<string | undefined> {
  const key = wording?.[reason];
  if (!key) return undefined;
  const t = await getTranslations();
  return t.has(key) ? t(key) : undefined;
}

/** FormData to a plain object; repeated keys (checkbox groups) become arrays, Next's own $ACTION fields are dropped. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    // Own properties only: a field named "__proto__", "constructor" or "toString" must not meet Object.prototype.
    const existing = Object.hasOwn(out, key) ? out[key] : undefined;
    const next = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    Object.defineProperty(out, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** PostgreSQL text cannot hold U+0000: such input would fail at the insert, so it is refused next to its field. */
function fieldsWithNulCharacter(input: Record<string, string | string[]>): string[] {
  return Object.entries(input)
    .filter(([, value]) => (Array.isArray(value) ? value : [value]).some((item) => item.includes("\u0000")))
    .map(([field]) => field);
}

function echoed(formData: FormData, fields: readonly string[] | undefined): Record<string, string> | undefined {
  if (!fields?.length) return undefined;
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value.slice(0, 10_000);
  }
  return values;
}

/** Schemas name catalogue keys ("Validation.required") as messages; anything else is shown as written. */
async function translateIssues(error: z.ZodError): Promise<Record<string, string[]>> {
  const t = await getTranslations();
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    const bound = "minimum" in issue ? issue.minimum : "maximum" in issue ? issue.maximum : undefined;
    const params: Record<string, number> = bound === undefined ? {} : { limit: Number(bound) };
    const message = t.has(issue.message) ? t(issue.message, params) : issue.message;
    (out[field] ??= []).push(message);
  }
  return out;
}
