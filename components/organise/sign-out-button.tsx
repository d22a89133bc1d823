import { getTranslations } from "next-intl/server";
import { signOutOfInkwell } from "@/app/[locale]/signin/actions";

/** A plain form, so signing out works without JavaScript. */
export async function SignOutButton({ className }: { className?: string }) {
  const t = await getTranslations("Organise.header");
  return (
    <form action={signOutForm}>
      <button
        type="submit"
        className={className ?? "min-h-11 rounded-md border border-line px-4 py-2 font-semibold hover:bg-brand-soft"}
      >
        {t("signOut")}
      </button>
    </form>
  );
}

async function signOutForm(formData: FormData) {
  "use server";
  await signOutOfInkwell({ ok: false }, formData);
}
