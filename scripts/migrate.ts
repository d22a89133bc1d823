// Applies db/migrations to the configured database (DATABASE_URL, or the embedded PGlite under .data/).
import { closeDb, connection } from "@/db";

async function main() {
  const conn = await connection();
  await conn.migrate();
  console.log(`Migrations applied (${conn.driver}).`);
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
