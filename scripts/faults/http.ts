/**
 * One form POST the way a browser without JavaScript sends it, and what came
 * back, reduced to what the invariants need.
 */

export type Outcome =
  /** The action's success answer: a 303 to the page it redirects to on success. */
  | { kind: "ok"; status: number; location: string }
  /** Answered, but not a success (the form re-rendered with an error, a 303 elsewhere). */
  | { kind: "refused"; status: number; detail: string }
  /** 503: the server shed the request; retryAfter is the header's value. */
  | { kind: "unavailable"; status: 503; retryAfter: string | null }
  | { kind: "error"; status: number }
  | { kind: "timeout" }
  | { kind: "network"; detail: string };

export interface Answer {
  outcome: Outcome;
  ms: number;
}

export interface PostOptions {
  base: string;
  path: string;
  fields: [string, string][];
  /** The redirect target that means success, e.g. "/letter/sent". */
  successPath: RegExp;
  timeoutMs: number;
}

/** The form-level message of a re-rendered page, for the failure table. */
function formMessage(html: string): string {
  const match = /<(?:div|p)[^>]*role="(?:alert|status)"[^>]*>([\s\S]*?)<\/(?:div|p)>/i.exec(html);
  return (match?.[1] ?? "").replace(/<[^>]+>/g, "").trim().slice(0, 120) || "(no message)";
}

function networkDetail(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

export async function postForm(options: PostOptions): Promise<Answer> {
  const body = new FormData();
  for (const [name, value] of options.fields) body.append(name, value);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(new URL(options.path, options.base), {
      method: "POST",
      body,
      redirect: "manual",
      headers: { Origin: options.base, Accept: "text/html" },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const location = response.headers.get("location") ?? "";
    const status = response.status;
    if (status === 303 || status === 302 || status === 307) {
      await response.body?.cancel();
      if (options.successPath.test(location)) return { outcome: { kind: "ok", status, location }, ms: elapsed() };
      return { outcome: { kind: "refused", status, detail: `redirect to ${location}` }, ms: elapsed() };
    }
    if (status === 503) {
      await response.body?.cancel();
      return { outcome: { kind: "unavailable", status, retryAfter: response.headers.get("retry-after") }, ms: elapsed() };
    }
    const text = await response.text();
    if (status === 200) return { outcome: { kind: "refused", status, detail: formMessage(text) }, ms: elapsed() };
    return { outcome: { kind: "error", status }, ms: elapsed() };
  } catch (error) {
    const name = (error as Error).name;
    if (name === "TimeoutError" || name === "AbortError") return { outcome: { kind: "timeout" }, ms: elapsed() };
    return { outcome: { kind: "network", detail: networkDetail(error) }, ms: elapsed() };
  }
}

export async function getPage(base: string, path: string, timeoutMs = 30_000): Promise<string> {
  const response = await fetch(new URL(path, base), { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return response.text();
}

/** Polls until the server answers a page with 200, or throws after timeoutMs. */
export async function waitForServer(base: string, path: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(new URL(path, base), { signal: AbortSignal.timeout(5_000) });
      await response.body?.cancel();
      if (response.status === 200) return Date.now() - started;
    } catch {
      // not up yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${base}${path} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
