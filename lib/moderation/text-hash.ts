import { keyedHash } from "@/lib/crypto";
import { normaliseText } from "./prescreen";

/**
 * Keyed hash of a text after normalisation, stored in actions.text_hash so
 * "the same text submitted many times" is one index lookup, without keeping a
 * second copy of the text.
 */
export function submittedTextHash(text: string): string {
  return keyedHash("text", normaliseText(text));
}
