/**
 * Every page under app/[locale]/admin, found on the file system (so pages added later
 * are covered): anonymous visitors are sent to sign-in, supporters and
 * organisers get 404, admins 200. And every admin form that posts to a server
 * action, read from the pages as an admin, is replayed as a supporter, an
 * organiser and an anonymous visitor: each is refused and changes nothing.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { createUser, e2eSql, signInAs, type E2ERole, type E2EUser } from "../auth";
import { expect, test } from "../fixtures";

const adminRoot = path.join(__dirname, "..", "..", "app", "[locale]", "admin");

/** Route patterns ("/admin/users/[id]") of every page.tsx under app/[locale]/admin; route groups dropped. */
function adminRoutes(dir = adminRoot, prefix = "/admin"): string[] {
  const routes: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name.startsWith("_")) continue; // private folders are not routes
      const segment = /^\(.*\)$/.test(name) ? "" : `/${name}`;
      routes.push(...adminRoutes(full, `${prefix}${segment}`));
    } else if (/^page\.(tsx|ts|jsx|js)$/.test(name)) {
      routes.push(prefix);
    }
  }
  return routes.sort();
}

/** The subject a dynamic route is shown for: made fresh for this spec, so replaying a form there touches nothing shared. */
interface Subject {
  path: string;
  /** Throws when the subject changed. */
  unchanged: () => Promise<void>;
}

const subjects: Record<string, () => Promise<Subject>> = {
  "/admin/users/[id]": async () => {
    const user = await createUser("supporter");
    return {
      path: `/admin/users/${user.id}`,
      unchanged: async () => {
        const [row] = await e2eSql()<{ role: string; suspended_at: Date | null }[]>`select role, suspended_at from users where id = ${user.id}`;
        expect(row).toEqual({ role: "supporter", suspended_at: null });
      },
    };
  },
  "/admin/moderation/[type]/[id]": async () => {
    // A fresh organiser request: an open item whose decision would change a role.
    const user = await createUser("supporter");
    const sql = e2eSql();
    const [request] = await sql<{ id: string }[]>`
      insert into organiser_requests (user_id, organisation_name, reason)
      values (${user.id}, 'Authz test org', 'A request made by the admin authz spec.') returning id`;
    return {
      path: `/admin/moderation/organiser_request/${request!.id}`,
      unchanged: async () => {
        const [row] = await sql<{ status: string; role: string; decisions: number }[]>`
          select r.status, u.role,
            (select count(*)::int from moderation_decisions d where d.subject_type = 'organiser_request' and d.subject_id = r.id::text) as decisions
          from organiser_requests r join users u on u.id = r.user_id where r.id = ${request!.id}`;
        expect(row).toEqual({ status: "pending", role: "supporter", decisions: 0 });
      },
    };
  },
};

async function resolve(route: string): Promise<Subject> {
  if (!route.includes("[")) return { path: route, unchanged: async () => {} };
  const make = subjects[route];
  if (!make) throw new Error(`${route} has a dynamic segment: add how to fill it to \`subjects\` in e2e/authz/admin.spec.ts`);
  return make();
}

const routes = adminRoutes();

test("the admin pages are found on the file system", () => {
  expect(routes).toEqual(expect.arrayContaining(["/admin", "/admin/users", "/admin/users/[id]", "/admin/audit"]));
});

async function contextAs(browser: Browser, baseURL: string, role: E2ERole | "anonymous", javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  const user = role === "anonymous" ? null : await createUser(role);
  if (user) await signInAs(context, user, baseURL);
  return { context, user };
}

test.describe("admin pages", () => {
  for (const route of routes) {
    test(`${route}: anonymous -> sign-in, supporter/organiser -> 404, admin -> 200`, async ({ browser, baseURL }) => {
      const subject = await resolve(route);
      for (const role of ["anonymous", "supporter", "organiser", "admin"] as const) {
        const { context } = await contextAs(browser, baseURL!, role);
        const page = await context.newPage();
        const response = await page.goto(subject.path);
        if (role === "anonymous") {
          await expect(page, `${role} on ${subject.path}`).toHaveURL(/\/signin\?callbackUrl=%2Fadmin/);
        } else {
          expect(response!.status(), `${role} on ${subject.path}`).toBe(role === "admin" ? 200 : 404);
        }
        if (role !== "admin") await expect(page.getByRole("navigation", { name: "Admin" })).toHaveCount(0);
        await context.close();
      }
    });
  }
});

/** The fields a form would post, filled so that an admin's submission would be accepted. */
interface ReplayForm {
  fields: [string, string][];
  description: string;
}

async function actionFormsOn(browser: Browser, baseURL: string, admin: E2EUser, pagePath: string): Promise<ReplayForm[]> {
  // Without JavaScript the server-rendered forms carry their action ids as hidden $ACTION fields.
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signInAs(context, admin, baseURL);
  const page = await context.newPage();
  const response = await page.goto(pagePath);
  expect(response!.status(), `admin on ${pagePath}`).toBe(200);
  const forms = await page.locator("form").evaluateAll((elements) =>
    elements
      .map((form) => {
        const fields: [string, string][] = [];
        const radios = new Set<string>();
        let submitter: [string, string] | null = null;
        for (const element of Array.from((form as HTMLFormElement).elements)) {
          const field = element as HTMLInputElement;
          if (!field.name) continue;
          const type = (field.getAttribute("type") ?? field.tagName).toLowerCase();
          if (field.tagName === "BUTTON" || type === "submit") {
            submitter ??= [field.name, field.value];
          } else if (type === "file") {
            continue;
          } else if (type === "checkbox") {
            fields.push([field.name, field.value || "on"]);
          } else if (type === "radio") {
            if (radios.has(field.name)) continue;
            radios.add(field.name);
            const checked = form.querySelector<HTMLInputElement>(`input[type=radio][name="${CSS.escape(field.name)}"]:checked`);
            fields.push([field.name, (checked ?? field).value]);
          } else if (field.tagName === "SELECT") {
            const options = Array.from((element as HTMLSelectElement).options).filter((o) => o.value);
            fields.push([field.name, field.value || options[0]?.value || ""]);
          } else {
            fields.push([field.name, field.value || (type === "number" ? "1" : type === "date" ? "2026-01-01" : "e2e")]);
          }
        }
        if (submitter) fields.push(submitter);
        const description = `${form.querySelector("button")?.textContent?.trim() ?? "form"} (${fields.map(([name]) => name).filter((n) => !n.startsWith("$")).join(", ")})`;
        return { fields, description };
      })
      .filter((form) => form.fields.some(([name]) => name.startsWith("$ACTION"))),
  );
  await context.close();
  return forms;
}

test.describe("admin actions", () => {
  for (const route of routes) {
    test(`${route}: every action form is refused to anonymous visitors, supporters and organisers`, async ({ browser, baseURL }) => {
      test.slow();
      const subject = await resolve(route);
      const admin = await createUser("admin");
      const forms = await actionFormsOn(browser, baseURL!, admin, subject.path);
      test.info().annotations.push({ type: "forms", description: forms.map((f) => f.description).join("; ") || "none" });

      for (const role of ["anonymous", "supporter", "organiser"] as const) {
        const { context, user } = await contextAs(browser, baseURL!, role);
        for (const form of forms) {
          const body = new FormData();
          for (const [name, value] of form.fields) body.append(name, value);
          const response = await context.request.post(subject.path, { multipart: body, headers: { origin: baseURL! }, maxRedirects: 0 });
          const what = `${role} posting ${form.description} on ${subject.path}`;
          if (role === "anonymous") {
            expect(response.status(), what).toBeGreaterThanOrEqual(300);
            expect(response.status(), what).toBeLessThan(400);
            expect(response.headers()["location"] ?? "", what).toMatch(/\/signin/);
          } else {
            expect([403, 404], what).toContain(response.status());
            const [written] = await e2eSql()<{ n: number }[]>`select count(*)::int as n from audit_log where actor_id = ${user!.id}`;
            expect(written!.n, `${what}: audit entries by the refused user`).toBe(0);
          }
        }
        await context.close();
      }
      await subject.unchanged();
    });
  }

  test("the replay reaches real actions: the user page has its role and suspension forms", async ({ browser, baseURL }) => {
    const subject = await resolve("/admin/users/[id]");
    const forms = await actionFormsOn(browser, baseURL!, await createUser("admin"), subject.path);
    expect(forms.length).toBeGreaterThanOrEqual(2);
  });
});
