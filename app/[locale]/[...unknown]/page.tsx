import { notFound } from "next/navigation";

/** Any path under a locale that no page claims: the localised 404 (app/[locale]/not-found.tsx). */
export default function UnknownPage(): never {
  notFound();
}
