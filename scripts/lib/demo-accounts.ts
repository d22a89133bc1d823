import { demoAccounts } from "@/db/seed";
import { env } from "@/lib/env";

/** Development only: production logs never list accounts. */
export function printDemoAccounts() {
  if (env().NODE_ENV === "production") return;
  console.log("\nDemo accounts (development only):");
  for (const a of demoAccounts) console.log(`  ${a.role.padEnd(10)} ${a.email}`);
  console.log("");
}
