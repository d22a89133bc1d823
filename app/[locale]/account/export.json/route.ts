import { NextResponse } from "next/server";
import { exportMyData } from "@/db/queries/account";
import { can } from "@/lib/permissions";
import { getViewer } from "@/server/viewer";
import { localizedPath } from "@/i18n/navigation";

/** The signed-in viewer's own data as a JSON download; nobody else's, never cached. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, "account:read:own")) {
    return NextResponse.redirect(new URL(await localizedPath("/signin"), request.url), 303);
  }
  const data = await exportMyData(viewer);
  if (!data) return NextResponse.redirect(new URL(await localizedPath("/signin"), request.url), 303);
  const day = data.exportedAt.slice(0, 10);
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="inkwell-my-data-${day}.json"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
