export const dynamic = "force-dynamic";

/** Liveness (ADR 0032): the process answers. Touches nothing else, the database least of all. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
