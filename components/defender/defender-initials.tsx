/** A calm monogram in place of a photo; decorative, the name is always written next to it. */
export function DefenderInitials({ name, size = "md" }: { name: string; size?: "md" | "lg" }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");
  const sizeClasses = size === "lg" ? "size-20 text-3xl" : "size-12 text-lg";
  return (
    <span
      aria-hidden="true"
      className={`inline-flex shrink-0 items-center justify-center rounded-full bg-brand-soft font-serif font-semibold text-brand ${sizeClasses}`}
    >
      {initials}
    </span>
  );
}
