import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The abuse tools' forms are client components (useActionState): they need these texts in the browser. */
export async function AbuseMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ AdminAbuse: messages.AdminAbuse, Enums: messages.Enums, ActionKinds: messages.ActionKinds }}>{children}</NextIntlClientProvider>;
}
