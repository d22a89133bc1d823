"use client";

import { solveChallenge } from "altcha-lib";
import type { Challenge } from "altcha-lib/types";
import { useEffect, useState, useSyncExternalStore } from "react";

export interface ProofOfWorkLabels {
  working: string;
  done: string;
  failed: string;
}

type Phase = "working" | "done" | "failed";

/** The solved challenge in the shape altcha-lib's verifySolution reads, base64-encoded. */
function encodePayload(challenge: Challenge, number: number): string {
  const { algorithm, challenge: hash, salt, signature } = challenge;
  return btoa(JSON.stringify({ algorithm, challenge: hash, number, salt, signature }));
}

/**
 * The self-hosted proof-of-work captcha: fetches a challenge from our own
 * /api/captcha, solves it in the browser and puts the answer in a hidden
 * field. Without JavaScript the field stays empty and the server applies
 * stricter limits instead of refusing.
 */
export function ProofOfWork({ name = "altcha", labels }: { name?: string; labels: ProofOfWorkLabels }) {
  const [payload, setPayload] = useState("");
  const [phase, setPhase] = useState<Phase>("working");
  // Rendered on the server too: the status only means something once the script runs.
  const running = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );

  useEffect(() => {
    let stopped = false;
    let abort: (() => void) | undefined;
    (async () => {
      const response = await fetch("/api/captcha", { cache: "no-store" });
      if (!response.ok) throw new Error(`captcha challenge: HTTP ${response.status}`);
      const challenge = (await response.json()) as Challenge;
      const solving = solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber);
      abort = () => solving.controller.abort();
      const solution = await solving.promise;
      if (stopped) return;
      if (!solution) throw new Error("captcha challenge has no solution");
      setPayload(encodePayload(challenge, solution.number));
      setPhase("done");
    })().catch(() => {
      if (!stopped) setPhase("failed");
    });
    return () => {
      stopped = true;
      abort?.();
    };
  }, []);

  return (
    <>
      <input type="hidden" name={name} value={payload} />
      <p className="text-sm text-muted" role="status">
        {running ? labels[phase] : null}
      </p>
    </>
  );
}
