import { countryFromAcceptLanguage } from "@/lib/targets/resolve";

export interface HeaderSource {
  get(name: string): string | null;
}

/**
 * The client's address as our reverse proxy saw it: X-Real-IP, else the last
 * X-Forwarded-For entry (the one the proxy appended; earlier entries come from
 * the client and can be forged to dodge rate limits). Only used hashed.
 */
export function clientIp(headers: HeaderSource): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  const candidate = headers.get("x-real-ip")?.trim() || forwarded || "";
  const ip = candidate.replace(/^\[(.+)\](?::\d+)?$/, "$1").replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1");
  return /^[0-9a-fA-F:.]{2,45}$/.test(ip) ? ip.toLowerCase() : null;
}

export interface RequestMeta {
  /** The client IP (never stored in clear; hash it with keyedHash("ip", ...)). */
  ip: string | null;
  /** A guess of the country of residence from Accept-Language, to preselect; never IP geolocation. */
  country: string | null;
}

export function requestMeta(headers: HeaderSource): RequestMeta {
  return { ip: clientIp(headers), country: countryFromAcceptLanguage(headers.get("accept-language")) };
}
