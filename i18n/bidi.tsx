import type { ReactNode } from "react";

/** Private-use characters: they mark where a value goes, and occur in no catalogue and no translation. */
const open = "\uE000";
const close = "\uE001";
const marker = /\uE000(\d+)\uE001/;

/**
 * A translated sentence whose user-written values (a name, an email address, a campaign title,
 * a phone number) are each isolated in a <bdi>, so that each keeps its own direction inside the
 * sentence: a Latin address in an Arabic sentence, or an Arabic name in an English one, is not
 * reordered with the words around it. The catalogues stay free of markup and bidi controls.
 *
 *   isolate((v) => t("signedInAs", v), { email: viewer.email })
 *   isolate((v) => t("proposed", { ...v, date }), { who })   // other arguments as usual
 *
 * `translate` receives stand-ins for `values` and must return the message; each stand-in is then
 * replaced by its value. So an isolated value can be printed but not used in a plural or select.
 * Text only: an attribute (aria-label, title) cannot hold a <bdi>.
 */
export function isolate(translate: (values: Record<string, string>) => string, values: Record<string, string>): ReactNode {
  const names = Object.keys(values);
  const text = translate(Object.fromEntries(names.map((name, index) => [name, `${open}${index}${close}`])));
  const parts = text.split(marker);
  if (parts.length === 1) return text;
  return parts
    .map((part, index) => (index % 2 === 0 ? part : <bdi key={index}>{values[names[Number(part)]!]}</bdi>))
    .filter((part) => part !== "");
}
