import { demoAccounts } from "@/db/seed";
import { env } from "@/lib/env";

/** Development only: production logs never list accounts. */
export function printDemoAccounts() {
  if (env().NODE_ENV === "production") return;
  console.log("\nDemo accounts (development only):");
  for (const a of demoAccounts) console.log(`  ${a.role.padEnd(10)} ${a.email}`);
  const { SITE_URL, SMTP_URL } = env();
  console.log(`Sign in at ${new URL("/signin", SITE_URL)} with one of these addresses.`);
  if (!SMTP_URL) console.log(`Without SMTP the sign-in link is printed in the server log and listed at ${new URL("/dev/mail", SITE_URL)}.`);
  console.log("");
}
