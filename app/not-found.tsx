import Link from "next/link";
import enNotFound from "@/messages/en/NotFound.json";
import "./globals.css";

/**
 * A 404 outside every locale (proxy.ts sends every page path to one, so this is
 * only reached by paths it leaves alone). It has no layout above it, so it renders its own <html>.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-paper text-ink">
        <main className="mx-auto max-w-3xl px-4 py-20 sm:px-6">
          <h1 className="text-4xl font-semibold tracking-tight">{enNotFound.title}</h1>
          <p className="mt-4 text-lg text-muted">{enNotFound.body}</p>
          <p className="mt-8">
            <Link href="/" className="font-semibold underline">
              {enNotFound.home}
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
