import { FloorForm } from "./floor-form.bench";

export const dynamic = "force-dynamic";

/** Bench-only page that carries the floor action (so it gets an action id); never in production builds. */
export default function BenchFloorPage() {
  return <FloorForm />;
}
