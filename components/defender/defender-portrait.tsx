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
  photoLanguage,
  size = "md",
}: {
  name: string;
  photoPath: string | null;
  photoAlt: string | null;
  /** lang (and dir) of the description when it is the original, not the page's language (lib/translations.ts). */
  photoLanguage?: { lang?: string; dir?: "ltr" | "rtl" };
  size?: "md" | "lg";
}) {
  if (!photoPath) return <DefenderInitials name={name} size={size} />;
  return (
    <Image
      src={`/media/${photoPath}`}
      alt={photoAlt ?? ""}
      {...(photoAlt ? photoLanguage : undefined)}
      width={pixels[size]}
      height={pixels[size]}
      className={`shrink-0 rounded-full object-cover ${size === "lg" ? "size-20" : "size-12"}`}
    />
  );
}
