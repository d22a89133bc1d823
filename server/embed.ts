import "server-only";
import { headers } from "next/headers";
import { embedRequestHeader } from "@/lib/embed-origins";

/** Whether this request came through an embed address (/embed/campaigns/...; proxy.ts sets the header, ADR 0030). */
export async function isEmbedRequest(): Promise<boolean> {
  return (await headers()).get(embedRequestHeader) === "1";
}
