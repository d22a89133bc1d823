import { FloorForm } from "./floor-form";

// As the main app's bench floor page (app/[locale]/bench/floor): rendered per request.
export const dynamic = "force-dynamic";

/** The page exists so the action is built and gets an id; the bench posts to it directly. */
export default function FloorPage() {
  return <FloorForm />;
}
