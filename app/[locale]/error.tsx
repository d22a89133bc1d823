"use client";

import { useEffect } from "react";
import { ErrorContent } from "@/components/ui/error-content";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return <ErrorContent digest={error.digest} reset={reset} />;
}
