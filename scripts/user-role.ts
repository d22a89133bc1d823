// npm run user:role -- <email> <supporter|organiser|admin>
import os from "node:os";
import { z } from "zod";
import { closeDb } from "@/db";
import { setRoleAsOperator } from "@/db/queries/users";
import { userRoles } from "@/db/schema/enums";

const args = z.tuple([z.email("first argument must be an email address"), z.enum(userRoles)]);

async function main() {
  const parsed = args.safeParse(process.argv.slice(2));
  if (!parsed.success) {
    console.error(`Usage: npm run user:role -- <email> <${userRoles.join("|")}>\n${parsed.error.issues.map((i) => i.message).join("\n")}`);
    process.exit(2);
  }
  const [email, role] = parsed.data;
  const result = await setRoleAsOperator(email, role, os.userInfo().username);
  console.log(
    result.created
      ? `Created ${email} as ${role}.`
      : `${email}: ${result.previous} -> ${role}${result.previous !== role ? " (signed out everywhere)" : ""}.`,
  );
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
