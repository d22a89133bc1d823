// Applies db/migrations to the configured database (DATABASE_URL, or the embedded PGlite under .data/),
// then seals supporters' cities and texts still in clear from before migration 0007 (docs/reliability.md, Privacy).
import { closeDb, connection } from "@/db";
import { sealAllLegacyClearText } from "@/db/queries/retention";

async function main() {
  const conn = await connection();
  await conn.migrate();
  console.log(`Migrations applied (${conn.driver}).`);
  const sealed = await sealAllLegacyClearText();
  if (sealed > 0) console.log(`Sealed the city or personal text of ${sealed} action(s) stored in clear.`);
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
