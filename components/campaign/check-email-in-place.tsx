"use client";

import { useEffect, useRef } from "react";
import { CheckEmailAnswer, type CheckEmailLabels } from "./check-email-answer";

/**
 * "Check your email" in place of a signature form, when its action answered
 * `sent` (JavaScript on): the sent page's words and look, with focus moved to
 * the heading so keyboard and screen-reader users land on the answer.
 */
export function CheckEmailInPlace({ labels }: { labels: CheckEmailLabels }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return <CheckEmailAnswer labels={labels} level={2} headingRef={heading} />;
}
