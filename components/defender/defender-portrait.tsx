import Image from "next/image";
import { DefenderInitials } from "./defender-initials";

const pixels = { md: 48, lg: 80 } as const;

/**
 * The defender's photo when one was uploaded (served by /media, which hides it
 * when the defender goes quiet), else a monogram. The name is always written
 * next to it, so without a description the photo is decorative.
 */
export function DefenderPortrait({
  name,
  photoPath,
  photoAlt,
  size = "md",
}: {
  name: string;
  photoPath: string | null;
  photoAlt: string | null;
  size?: "md" | "lg";
}) {
  if (!photoPath) return <DefenderInitials name={name} size={size} />;
  return (
    <Image
      src={`/media/${photoPath}`}
      alt={photoAlt ?? ""}
      width={pixels[size]}
      height={pixels[size]}
      className={`shrink-0 rounded-full object-cover ${size === "lg" ? "size-20" : "size-12"}`}
    />
  );
}
