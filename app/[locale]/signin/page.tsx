import type { Metadata } from "next";
import Link from "@/i18n/link";
import { getTranslations } from "next-intl/server";
import { localizedPath } from "@/i18n/navigation";
import { configuredOAuthProviders } from "@/auth";
import { SignOutButton } from "@/components/organise/sign-out-button";
import { getViewer } from "@/server/viewer";
import { can } from "@/lib/permissions";
import { signInWithProvider } from "./actions";
import { safeReturnPath } from "./return-path";
import { SignInForm } from "./sign-in-form";
import { isolate } from "@/i18n/bidi";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organise.signIn");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const t = await getTranslations("Organise.signIn");
  const { callbackUrl } = await searchParams;
  // Back to the page in this page's language: a French visitor sent here from /fr/organise returns to it.
  const returnTo = await localizedPath(safeReturnPath(typeof callbackUrl === "string" ? callbackUrl : undefined));
  const viewer = await getViewer();

  if (viewer) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-semibold">{t("signedInTitle")}</h1>
        <p>{isolate((v) => t("signedInAs", v), { email: viewer.email ?? viewer.name ?? "" })}</p>
        <ul className="list-disc ps-6">
          {can(viewer, "organise:access:any") ? (
            <li>
              <Link href="/organise">{t("goOrganise")}</Link>
            </li>
          ) : null}
          <li>
            <Link href="/account">{t("goAccount")}</Link>
          </li>
        </ul>
        <SignOutButton />
      </div>
    );
  }

  const providers = configuredOAuthProviders();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("lead")}</p>
      </div>
      <SignInForm returnTo={returnTo} />
      {providers.length ? (
        <section aria-labelledby="oauth-heading" className="flex flex-col gap-3">
          <h2 id="oauth-heading" className="text-lg font-semibold">
            {t("orWith")}
          </h2>
          {providers.map((provider) => (
            <form key={provider.id} action={signInWithProviderForm}>
              <input type="hidden" name="provider" value={provider.id} />
              <input type="hidden" name="returnTo" value={returnTo} />
              <button type="submit" className="min-h-11 w-full rounded-md border border-line px-4 py-2 font-semibold hover:bg-brand-soft">
                {t("continueWith", { provider: provider.name })}
              </button>
            </form>
          ))}
        </section>
      ) : null}
    </div>
  );
}

async function signInWithProviderForm(formData: FormData) {
  "use server";
  await signInWithProvider({ ok: false }, formData);
}
