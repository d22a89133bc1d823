import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * The organiser area's forms are client components (useActionState); they
 * need the Organise texts, the enum labels and the error texts in the browser.
 */
export async function OrganiseMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={{ Error: messages.Error, Enums: messages.Enums, Organise: messages.Organise }}>
      {children}
    </NextIntlClientProvider>
  );
}
