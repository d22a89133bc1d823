/** A link out of an embed into a new window (never inside the partner's frame), saying so to screen readers. */
export function NewWindowLink({ href, label, newWindow }: { href: string; label: string; newWindow: string }) {
  return (
    <a href={href} target="_blank" rel="noopener" className="text-sm font-semibold text-brand underline">
      {label}
      <span className="sr-only"> {newWindow}</span>
    </a>
  );
}
