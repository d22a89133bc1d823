import type { ReactNode } from "react";

/** The bare root layout Next requires: no fonts, no providers, no i18n. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
