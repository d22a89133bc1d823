import { headers } from "next/headers";
import { getScriptNonceFromHeader } from "next/dist/server/app-render/get-script-nonce-from-header";
import { jsonLdScriptText } from "@/lib/structured-data";

/**
 * schema.org data as an inline <script type="application/ld+json"> (ADR 0026).
 * Pages rendered per request pass the response's CSP nonce (requestNonce);
 * pages cached whole (ISR) have none and are served the baseline policy.
 * The JSON is escaped so no "<" can end the element (lib/structured-data.ts).
 */
export function JsonLd({ data, nonce }: { data: Record<string, unknown>; nonce?: string }) {
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLdScriptText(data) }} />;
}

/** The nonce proxy.ts put in this request's Content-Security-Policy; only for pages rendered per request. */
export async function requestNonce(): Promise<string | undefined> {
  const policy = (await headers()).get("content-security-policy");
  return policy ? getScriptNonceFromHeader(policy) : undefined;
}
