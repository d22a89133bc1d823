import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^server-only$/, replacement: fileURLToPath(new URL("./test/server-only-stub.ts", import.meta.url)) },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    environment: "node",
    include: ["**/*.test.{ts,tsx}"],
    exclude: [...configDefaults.exclude, "e2e/**", ".next/**", ".data/**", "test-results/**", "playwright-report/**"],
    // Integration tests use random slugs and roll back, so files may share the database.
    fileParallelism: true,
    testTimeout: 15_000,
    // next-auth imports "next/server" and "next/headers" without extensions, which Node's ESM loader cannot
    // resolve: let Vite load it, so tests can drive Auth.js's own handlers (server/rate-limit/signin.test.ts).
    server: { deps: { inline: ["next-auth"] } },
    hookTimeout: 30_000,
  },
});
