import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The directory's forms are client components (useActionState): they need the Targets texts in the browser. */
export async function TargetsMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ Targets: messages.Targets, Enums: messages.Enums }}>{children}</NextIntlClientProvider>;
}
