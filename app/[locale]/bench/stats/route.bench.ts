import { queryCount } from "@/db";

export const dynamic = "force-dynamic";

/** Bench-only: statements sent so far and this process's memory, read between benchmark phases. */
export function GET() {
  return Response.json({ queries: queryCount(), rss: process.memoryUsage().rss }, { headers: { "Cache-Control": "no-store" } });
}
