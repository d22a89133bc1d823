import { createCaptchaChallenge } from "@/lib/captcha";

export const dynamic = "force-dynamic";

/** A fresh proof-of-work challenge for the forms' captcha; never cached. */
export async function GET() {
  const challenge = await createCaptchaChallenge();
  return Response.json(challenge, { headers: { "Cache-Control": "no-store" } });
}
