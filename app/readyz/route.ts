import { readiness } from "@/server/health";

export const dynamic = "force-dynamic";

/**
 * Readiness (ADR 0032): 200 when this process should get traffic (database reachable,
 * migrations current, not shedding load), else 503 with a short reason.
 */
export async function GET() {
  const state = await readiness();
  return Response.json(state.ready ? { status: "ready" } : { status: "not ready", reason: state.reason }, {
    status: state.ready ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
