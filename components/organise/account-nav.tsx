"use client";

import { useUnlocalizedPathname } from "@/i18n/link";
import { useEffect, useState } from "react";
import { NavLink } from "@/components/ui/nav-link";
import { signOutOfInkwell } from "@/app/[locale]/signin/actions";
import { can, type Role } from "@/lib/permissions";

/** Only decides which links to show: every page and action checks the permission again on the server. */
interface SessionUser {
  role: Role;
}

export interface AccountNavLabels {
  signIn: string;
  organise: string;
  admin: string;
  account: string;
  signOut: string;
}

/**
 * The signed-in part of the header. Public pages are cached for everyone
 * (ADR 0003), so the header cannot read the session on the server; it asks
 * Auth.js for it in the browser. Without JavaScript it shows "Sign in", and
 * /signin then says who is signed in and offers to sign out.
 */
/**
 * The header renders this twice (the wide row and the narrow menu): both ask
 * once per page, sharing one request.
 */
let lastSession: { pathname: string; user: Promise<SessionUser | null> } | null = null;

function sessionUser(pathname: string): Promise<SessionUser | null> {
  if (lastSession?.pathname !== pathname) {
    const user = fetch("/api/auth/session", { credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : null))
      .then((session: { user?: SessionUser } | null) => session?.user ?? null);
    lastSession = { pathname, user };
    // A failed request is asked again on the next navigation.
    user.catch(() => {
      if (lastSession?.user === user) lastSession = null;
    });
  }
  return lastSession.user;
}

export function AccountNav({ labels }: { labels: AccountNavLabels }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  // Asked again after each navigation, so signing in or out shows without a full reload.
  const pathname = useUnlocalizedPathname();

  useEffect(() => {
    let cancelled = false;
    sessionUser(pathname)
      .then((next) => {
        if (!cancelled) setUser(next);
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [pathname]);

  if (!user) {
    return (
      <li>
        <NavLink href="/signin">{labels.signIn}</NavLink>
      </li>
    );
  }
  return (
    <>
      {can(user, "organise:access:any") ? (
        <li>
          <NavLink href="/organise">{labels.organise}</NavLink>
        </li>
      ) : null}
      {can(user, "admin:access:any") ? (
        <li>
          <NavLink href="/admin">{labels.admin}</NavLink>
        </li>
      ) : null}
      <li>
        <NavLink href="/account">{labels.account}</NavLink>
      </li>
      <li>
        <form
          action={async (formData) => {
            lastSession = null;
            setUser(null);
            await signOutOfInkwell({ ok: false }, formData);
          }}
        >
          <button type="submit" className="rounded-md px-2.5 py-2 font-medium hover:bg-brand-soft sm:px-3">
            {labels.signOut}
          </button>
        </form>
      </li>
    </>
  );
}
