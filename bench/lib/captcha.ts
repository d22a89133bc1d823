import { createHmac, randomInt } from "node:crypto";
import { createChallenge } from "altcha-lib";

/**
 * Pre-solved proof-of-work payloads for the signing benchmark. A challenge is
 * created with its secret number chosen here, so it needs no solving: the
 * server still verifies the HMAC signature, the hash, the expiry and (replay
 * protection) that the solution was never used, so each request needs its own.
 * The key derivation mirrors altchaKey() in lib/captcha/index.ts.
 */
export function altchaKeyFrom(hashKeyBase64: string): string {
  return createHmac("sha256", Buffer.from(hashKeyBase64, "base64")).update("altcha-challenge").digest("hex");
}

export async function solvedPayload(hmacKey: string, maxnumber = 100_000): Promise<string> {
  const number = randomInt(maxnumber);
  const challenge = await createChallenge({ hmacKey, maxnumber, number, expires: new Date(Date.now() + 15 * 60_000) });
  const payload = {
    algorithm: challenge.algorithm,
    challenge: challenge.challenge,
    number,
    salt: challenge.salt,
    signature: challenge.signature,
  };
  return Buffer.from(JSON.stringify(payload)).toString("base64");
}
