import { env } from "@/lib/env";
import { metricsAllowed } from "@/lib/metrics-access";
import { renderMetrics } from "@/server/health";

export const dynamic = "force-dynamic";

/** Prometheus metrics (ADR 0032), for METRICS_TOKEN's bearer or a scraper on loopback; 404 for anyone else. */
export async function GET(request: Request) {
  if (!metricsAllowed(request.headers, env().METRICS_TOKEN)) {
    return new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const { body, contentType } = await renderMetrics();
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}
