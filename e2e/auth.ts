/**
 * Signing in for e2e tests without going through the mail every time: a user
 * with the role and a database session are created directly (the same rows
 * Auth.js writes after a magic-link sign-in), and the session cookie is set.
 * The magic-link flow itself has its own spec.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { BrowserContext } from "@playwright/test";
import postgres from "postgres";
import { assertLocalDatabaseUrl } from "../scripts/lib/local-database";

export type E2ERole = "supporter" | "organiser" | "admin";

export interface E2EUser {
  id: string;
  email: string;
  name: string;
  role: E2ERole;
}

let client: postgres.Sql | undefined;

/** The e2e database (the one the server under test uses), after checking it is local. */
export function e2eSql(): postgres.Sql {
  if (!client) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run e2e through `npm run test:e2e`");
    assertLocalDatabaseUrl(url);
    client = postgres(url, { max: 2, onnotice: () => {} });
  }
  return client;
}

export function randomEmail(prefix = "e2e"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}@example.org`;
}

export async function createUser(role: E2ERole, email = randomEmail(role)): Promise<E2EUser> {
  const sql = e2eSql();
  const id = randomUUID();
  const name = `E2E ${role} ${id.slice(0, 6)}`;
  await sql`insert into users (id, email, name, role, email_verified) values (${id}, ${email}, ${name}, ${role}, now())`;
  return { id, email, name, role };
}

/** Signs the browser context in as `user` (Auth.js database session, http cookie name). */
export async function signInAs(context: BrowserContext, user: E2EUser, baseURL: string): Promise<void> {
  const token = randomBytes(32).toString("hex");
  await e2eSql()`insert into sessions (session_token, user_id, expires) values (${token}, ${user.id}, now() + interval '1 day')`;
  await context.addCookies([
    { name: "authjs.session-token", value: token, url: baseURL, httpOnly: true, sameSite: "Lax" },
  ]);
}
