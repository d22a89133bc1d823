// Run by `npm start` and `npm run dev` before the server starts: applies
// migrations, then seeds demo data when SEED_DEMO says so (by default: only an
// empty embedded database, so a real Postgres never gets demo rows by surprise).
import { count } from "drizzle-orm";
import { closeDb, connection } from "@/db";
import { sealAllLegacyClearText } from "@/db/queries/retention";
import { campaigns } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { env } from "@/lib/env";
import { printDemoAccounts } from "./lib/demo-accounts";

async function shouldSeed(driver: "postgres" | "pglite"): Promise<boolean> {
  const mode = env().SEED_DEMO;
  if (mode !== "auto") return mode === "always";
  if (driver !== "pglite") return false;
  const db = (await connection()).db;
  const [row] = await db.select({ n: count() }).from(campaigns);
  return (row?.n ?? 0) === 0;
}

async function main() {
  const conn = await connection();
  await conn.migrate();
  // Before the server starts: no reader ever needs the legacy clear columns (docs/reliability.md, Privacy).
  const sealed = await sealAllLegacyClearText();
  if (sealed > 0) console.log(`Sealed the city or personal text of ${sealed} action(s) stored in clear.`);
  console.log(`Database ready (${conn.driver}${conn.driver === "pglite" ? `, ${env().PGLITE_DIR}` : ""}).`);
  if (await shouldSeed(conn.driver)) {
    const summary = await seedDemoData(conn.db);
    console.log(`Seeded demo data: ${summary.defenders} defenders, ${summary.campaigns} campaigns.`);
  }
  printDemoAccounts();
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
