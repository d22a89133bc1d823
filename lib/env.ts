import { z } from "zod";

/**
 * The only place that reads process.env. Parsed once, on first use, so a bad
 * value fails loudly at startup with the variable's name.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  SITE_URL: z.url().default("http://localhost:3000"),
  SEED_DEMO: z
    .enum(["auto", "always", "never"])
    .default("auto")
    .describe("auto: seed the embedded database when it is empty"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}
