import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

// Drizzle handles: `db` from getDb(), `tx` inside transactions.
const drizzleObjectName = ["db", "tx"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `_name` marks a deliberately unused binding (e.g. props dropped with `{ node: _node, ...rest }`).
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // CommonJS config files (next.config.js in a package without "type": "module").
    files: ["*.config.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.{js,mjs,cjs,ts,tsx,mts,cts}"],
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName }],
    },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    // Bench B0's bare app (bench/floor-app): its build output and Next's generated type file.
    "bench/floor-app/.next/**",
    "bench/floor-app/next-env.d.ts",
    "node_modules/**",
    ".data/**",
    "db/migrations/**",
    "test-results/**",
    "playwright-report/**",
    "blob-report/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
  ]),
]);
