/**
 * A decorative arrow beside a link's text ("← Back", "All campaigns →") that points the
 * right way in right-to-left pages: `back` points to the start of the line, `forward` to
 * its end. Two characters, one shown per direction, rather than a mirroring transform:
 * a transform needs inline-block, which would drop the link's underline under the arrow.
 * Hidden from screen readers; the text beside it says where the link goes.
 */
export function Arrow({ to }: { to: "back" | "forward" }) {
  const [ltr, rtl] = to === "back" ? ["←", "→"] : ["→", "←"];
  return (
    <>
      <span aria-hidden="true" className="rtl:hidden">
        {ltr}
      </span>
      <span aria-hidden="true" className="hidden rtl:inline">
        {rtl}
      </span>
    </>
  );
}
