import type { ReactNode } from "react";
import { OrganiseMessages } from "@/components/organise/client-messages";

export default function SignInLayout({ children }: { children: ReactNode }) {
  return (
    <OrganiseMessages>
      <div className="mx-auto max-w-lg px-4 py-10 sm:px-6">{children}</div>
    </OrganiseMessages>
  );
}
