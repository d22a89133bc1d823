// `npm run db:seed`: writes the demo defenders, campaigns, targets and accounts. Safe to run again.
import { closeDb, connection } from "@/db";
import { seedDemoData } from "@/db/seed";
import { printDemoAccounts } from "./lib/demo-accounts";

async function main() {
  const conn = await connection();
  const summary = await seedDemoData(conn.db);
  console.log(
    `Seeded ${summary.defenders} defenders, ${summary.campaigns} campaigns, ${summary.targets} targets, ${summary.actions} new demo actions (${conn.driver}).`,
  );
  printDemoAccounts();
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
