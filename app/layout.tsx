import type { ReactNode } from "react";

/**
 * Every page lives under app/[locale]/, whose layout renders <html lang dir> for
 * its language (ADR 0023). This root only passes through; route handlers need none.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
