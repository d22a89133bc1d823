import { defineConfig } from "drizzle-kit";

// Generates SQL from db/schema; the app applies it with scripts/migrate.ts for
// both drivers, so drizzle-kit never needs a live database here.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  strict: true,
  verbose: true,
});
