/**
 * The authorization matrix (issue #7, part 3): every server action in the build
 * and every organiser/admin route, called as anonymous, supporter, another
 * organiser, the owner organiser and admin, against matrix-table.ts.
 * "Anonymous" carries a forged session cookie, so proxy.ts lets it through and
 * the action or page has to refuse it itself.
 */
import { expect, test } from "../fixtures";
import { actionTable, guardedFolders, routeTable, type ActionCase, type RouteOutcome } from "./matrix-table";
import { appRoutes, builtActions, callAction, createWorld, message, roles, type ActionAnswer, type MatrixRole, type World } from "./matrix-world";

test.describe.configure({ mode: "parallel" });

const built = builtActions();
const builtIds = new Map(built.map((action) => [action.key, action.id]));

test("every server action in the build is in the matrix table, and only those", () => {
  const inBuild = built.map((action) => action.key);
  const inTable = Object.keys(actionTable).sort();
  expect(inBuild.filter((key) => !(key in actionTable)), "actions missing from e2e/authz/matrix-table.ts").toEqual([]);
  expect(inTable.filter((key) => !builtIds.has(key)), "table entries for actions the build no longer has").toEqual([]);
});

test("every organiser and admin route is in the matrix table, and only those", () => {
  const onDisk = appRoutes(guardedFolders);
  expect(onDisk.filter((route) => !(route in routeTable)), "routes missing from e2e/authz/matrix-table.ts").toEqual([]);
  expect(Object.keys(routeTable).filter((route) => !onDisk.includes(route)), "table entries for routes that no longer exist").toEqual([]);
});

/** Why a call was refused, or null when it was let through. */
async function refusal(entry: ActionCase, answer: ActionAnswer, world: World): Promise<string | null> {
  if (answer.redirect?.startsWith("/signin")) return "sign-in";
  if (entry.refusedWhen) return (await entry.refusedWhen(world, answer.redirect)) ? `refused (${answer.redirect ?? answer.state?.message})` : null;
  if (answer.status === 404) return "404";
  const said = answer.state?.message;
  if (said === message("Actions.forbidden")) return "forbidden";
  const key = entry.refusals?.find((k) => message(k) === said);
  return key ? key : null;
}

for (const [key, entry] of Object.entries(actionTable)) {
  test(`action ${key}`, async ({ request, baseURL }) => {
    const id = builtIds.get(key);
    expect(id, `${key} is not in this build`).toBeDefined();
    const observed: string[] = [];
    for (const role of roles) {
      const world = await createWorld(role);
      const answer = await callAction(request, baseURL!, id!, entry.form(world), { cookie: world.caller.cookie, plain: entry.plain });
      const where = `${key} as ${role}`;
      expect(answer.status, `${where}: HTTP status`).toBeLessThan(500);
      expect(answer.state?.message, `${where}: the action crashed`).not.toBe(message("Actions.unexpected"));
      const refused = await refusal(entry, answer, world);
      observed.push(`${role}: ${refused ? `refused (${refused})` : "allowed"}`);
      if (!refused && entry.invalidInput) {
        const rejected = Object.keys(answer.state?.fieldErrors ?? {}).length > 0;
        expect(rejected, `${where} is allowed and its invalid form must come back with field errors: ${JSON.stringify(answer.state)}`).toBe(true);
      }
      if (!refused && entry.succeeds) {
        const succeeded = answer.redirect !== null || answer.state?.ok === true;
        expect(succeeded, `${where} is allowed but did not succeed: ${JSON.stringify(answer.state)}`).toBe(true);
      }
    }
    const allowed = observed.filter((line) => line.endsWith(": allowed")).map((line) => line.split(":")[0]);
    expect(allowed, `allowed roles for ${key}; every answer:\n${observed.join("\n")}`).toEqual(roles.filter((r) => entry.allowed.includes(r)));
  });
}

function routeOutcome(status: number, location: string | undefined): RouteOutcome | `HTTP ${number}` {
  if (status >= 300 && status < 400 && location && new URL(location, "http://x").pathname === "/signin") return "signin";
  if (status === 200) return "ok";
  if (status === 404) return "notFound";
  if (status === 401) return "unauthorized";
  return `HTTP ${status}`;
}

for (const [pattern, entry] of Object.entries(routeTable)) {
  test(`route ${pattern}`, async ({ request }) => {
    const observed = {} as Record<MatrixRole, string>;
    for (const role of roles) {
      const world = await createWorld(role);
      const params = entry.params?.(world) ?? {};
      const path = pattern.replace(/\[([^\]]+)\]/g, (_whole, name: string) => {
        const value = params[name];
        if (!value) throw new Error(`${pattern}: the table gives no value for [${name}]`);
        return encodeURIComponent(value);
      });
      const response = await request.get(path, { maxRedirects: 0, headers: { Cookie: `authjs.session-token=${world.caller.cookie}` } });
      observed[role] = routeOutcome(response.status(), response.headers()["location"]);
    }
    expect(observed, `GET ${pattern} per role`).toEqual(entry.expect);
  });
}
